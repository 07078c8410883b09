import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abMode } from '../../src/action/ab-mode.js';
import type { ActionSettings } from '../../src/action/inputs.js';
import type { AbDocument } from '../../src/gate/ab-document.js';
import { renderAbMarkdown } from '../../src/report/markdown/ab-markdown.js';
import type { GateInputs } from '../../src/github/index.js';
import { FakeArtifactClient } from '../github/fake-artifact-client.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';
import { TINY_MODEL_CONFIG } from '../support/tiny-model-config.js';

/**
 * The action's `mode: ab` in-process: two scripted servers, the head five times as slow to its first token
 * (1 s against 200 ms) — an effect far outside what a loaded 2-core machine's stalls do to a block.
 */
describe('action mode: ab', () => {
  let head: ScriptedServer;
  let base: ScriptedServer;
  let work: string;

  beforeAll(async () => {
    head = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: { tokens: 10, ttft_ms: 1000, itl_ms: 20 } });
    base = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: { tokens: 10, ttft_ms: 200, itl_ms: 20 } });
    work = mkdtempSync(join(tmpdir(), 'infergate-ab-action-'));
    process.env.GITHUB_STEP_SUMMARY = join(work, 'summary.md');
    process.env.GITHUB_OUTPUT = join(work, 'output.txt');
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
  });
  afterAll(async () => {
    await Promise.all([head?.close(), base?.close()]);
    delete process.env.GITHUB_STEP_SUMMARY;
    delete process.env.GITHUB_OUTPUT;
  });

  it('fails the step on a regression, summarises the verdict and uploads every block', async () => {
    const root = tempTree({
      'configs/acme/external/task.yaml': ['task_nums: 6', 'load: { shape: concurrency, concurrency: 3 }', 'telemetry: { enabled: false }', 'ab: { min_pairs: 3, max_pairs: 5, margin_pct: 25 }'].join('\n'),
      'model/config.json': JSON.stringify(TINY_MODEL_CONFIG),
      'xsum.jsonl': readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8'),
    });
    const at = (path: string) => join(root, path);
    writeFileSync(at('host.yaml'), [`model_path: ${at('model')}`, `data_path: ${at('xsum.jsonl')}`, `log_path: ${at('log')}`, 'engine: external', 'gpu_nums: 1', 'vendor: acme', `config_path: ${at('configs')}`, `endpoint: ${head.url}`, 'model_name: scripted'].join('\n'));
    const settings = {
      hostPath: at('host.yaml'), overrides: [], baseOverrides: [`endpoint=${base.url}`], outDir: at('ab'), failOnRegression: true, allowPathsOutsideWorkspace: true, profile: undefined,
      gate: { artifactName: 'infergate-ab' } as GateInputs,
    } satisfies ActionSettings;
    const client = new FakeArtifactClient();
    const code = await abMode(settings, new AbortController().signal, client);
    expect(code).toBe(1);
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8')).toMatch(/^## infergate A\/B: ❌ regression\n[\s\S]*\| ttft\\_ms\\_median \| \+/);
    expect(readFileSync(process.env.GITHUB_OUTPUT!, 'utf8')).toContain('regression');
    const upload = client.calls.find((c) => c.method === 'uploadArtifact')!;
    const files = upload.args[1] as string[];
    expect(files).toContain(join(at('ab'), 'ab.json'));
    expect(files.filter((f) => f.endsWith('results.json'))).toHaveLength(JSON.parse(readFileSync(join(at('ab'), 'ab.json'), 'utf8')).blocks.length);
  }, 120_000);
});

describe('A/B summary rendering', () => {
  it('escapes what a dataset or engine controls', () => {
    const document = {
      schema: 'infergate/ab', schema_version: 1, status: 'completed', failure: null,
      rule: { alpha: 0.05, margin_pct: 5, min_pairs: 3, max_pairs: 3, time_budget_s: null, looks: 1, seed: 0 },
      base_settings: [], blocks: [], looks: [], verdict: 'pass', stopped: 'conclusive after 3 pairs',
      quality: {
        decision: 'pass',
        rouge: { compared: false, type: 'rougeL', reason: 'none' },
        integrity: null,
        tokens: { checked: 2, mismatched: 1, examples: ['<img src=x>|::error::@admin: usage 3, 1 text events'] },
      },
    } as AbDocument;
    const markdown = renderAbMarkdown(document);
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toMatch(/[^\\]\|::error/);
    expect(markdown).toContain('&lt;img src=x&gt;\\|');
  });
});
