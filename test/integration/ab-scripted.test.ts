import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AbDocument } from '../../src/gate/ab-document.js';
import { runAb, type AbOutcome } from '../../src/pipeline/ab-run.js';
import type { RunHooks } from '../../src/pipeline/run-benchmark.js';
import { silentLogger } from '../../src/util/logger.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';
import { TINY_MODEL_CONFIG } from '../support/tiny-model-config.js';

/**
 * `infergate ab` end to end against scripted servers reached at their endpoints: the head is the host's
 * endpoint, the base ab.base.endpoint. The slow server differs by 5× in time to first token (1 s against
 * 200 ms), the same pair not at all; the margin (25%) and up to 6 pairs leave room for a loaded 2-core
 * machine's stalls, which move a block's medians by tens of percent, so neither outcome rests on timing luck.
 */
const ROWS = 12;
const FAST = { tokens: 10, ttft_ms: 200, itl_ms: 20 };
const SLOW = { ...FAST, ttft_ms: 1000 };

/** An A/B configuration in a fresh folder (absolute paths: the test does not change directory); returns host.yaml's path. */
function abConfig(headUrl: string, baseUrl: string): string {
  const root = tempTree({
    'configs/acme/external/task.yaml': [
      'GPU_NAME: H100-SXM', 'GPU_BF16: 989.4', `task_nums: ${ROWS}`, 'load:', '  shape: concurrency', '  concurrency: 4',
      'telemetry:', '  enabled: false', 'ab:', `  base: { endpoint: "${baseUrl}" }`, '  min_pairs: 3', '  max_pairs: 6', '  margin_pct: 25', '  seed: 7',
    ].join('\n'),
    'model/config.json': JSON.stringify(TINY_MODEL_CONFIG),
    'xsum.jsonl': readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8'),
  });
  const host = join(root, 'host.yaml');
  const at = (path: string) => join(root, path);
  writeFileSync(host, [`model_path: ${at('model')}`, `data_path: ${at('xsum.jsonl')}`, `log_path: ${at('log')}`, 'engine: external', 'gpu_nums: 1', 'vendor: acme', `config_path: ${at('configs')}`, `endpoint: ${headUrl}`, 'model_name: scripted'].join('\n'));
  return host;
}

function hooks(lines: string[], extra: Partial<RunHooks> = {}): RunHooks {
  return { log: silentLogger, printLine: (line) => lines.push(line), ...extra };
}

const readDocument = (outcome: AbOutcome) => JSON.parse(readFileSync(join(outcome.abDir, 'ab.json'), 'utf8')) as AbDocument;

describe('infergate ab against scripted servers', () => {
  let fast: ScriptedServer;
  let fastTwin: ScriptedServer;
  let slow: ScriptedServer;

  beforeAll(async () => {
    const start = (defaults: typeof FAST) => startScriptedServer({ shape: 'vllm', model: 'scripted', defaults });
    [fast, fastTwin, slow] = await Promise.all([start(FAST), start(FAST), start(SLOW)]);
  });
  afterAll(async () => {
    await Promise.all([fast, fastTwin, slow].map((server) => server?.close()));
  });

  it('finds the faster head an improvement over a slow base, with every block kept', async () => {
    const lines: string[] = [];
    const outcome = await runAb({ hostPath: abConfig(fast.url, slow.url), overrides: [], baseOverrides: [], allowPathsOutsideWorkspace: true }, hooks(lines));
    const document = readDocument(outcome);
    expect(outcome.exitCode).toBe(0);
    expect(document.status).toBe('completed');
    expect(document.verdict).toBe('improved');
    const ttft = document.looks.at(-1)!.metrics.find((m) => m.name === 'ttft_ms_median')!;
    expect(ttft.decision).toBe('improved');
    expect(ttft.high_pct!).toBeLessThan(0);
    expect(document.blocks.length).toBe(2 * document.looks.at(-1)!.pairs);
    for (const block of document.blocks) expect(existsSync(join(outcome.abDir, block.folder, 'results.json'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^A\/B verdict: improved/);
  }, 120_000);

  it('detects the regression when the head is the slow one, and exits 1', async () => {
    const outcome = await runAb({ hostPath: abConfig(slow.url, fast.url), overrides: [], baseOverrides: [], allowPathsOutsideWorkspace: true }, hooks([]));
    const document = readDocument(outcome);
    expect(document.verdict).toBe('regression');
    expect(outcome.exitCode).toBe(1);
    const ttft = document.looks.at(-1)!.metrics.find((m) => m.name === 'ttft_ms_median')!;
    expect(ttft.low_pct!).toBeGreaterThan(0);
    // Both sides ran the same documents in each block, in a seeded order within each pair.
    const sides = document.blocks.map((b) => b.side);
    for (let i = 0; i < sides.length; i += 2) expect(new Set(sides.slice(i, i + 2))).toEqual(new Set(['base', 'head']));
    // The same scripted outputs on both sides: quality and integrity pass.
    expect(document.quality?.decision).toBe('pass');
    expect(document.quality?.integrity?.identical_share).toBe(1);
    expect(document.quality?.tokens?.mismatched).toBe(0);
  }, 120_000);

  it('passes two identical servers', async () => {
    const outcome = await runAb({ hostPath: abConfig(fast.url, fastTwin.url), overrides: [], baseOverrides: [], allowPathsOutsideWorkspace: true }, hooks([]));
    const document = readDocument(outcome);
    expect(document.verdict).toBe('pass');
    expect(outcome.exitCode).toBe(0);
    expect(fastTwin.received.length).toBeGreaterThan(0);
  }, 180_000);

  it('keeps every block written when a signal stops it midway, and says it was interrupted', async () => {
    const controller = new AbortController();
    let loads = 0;
    const outcome = await runAb(
      { hostPath: abConfig(fast.url, fastTwin.url), overrides: [], baseOverrides: [], allowPathsOutsideWorkspace: true },
      hooks([], { signal: controller.signal, onPhase: (phase) => { if (phase === 'load' && ++loads === 2) controller.abort(new Error('SIGINT')); } }),
    );
    const document = readDocument(outcome);
    expect(outcome.exitCode).toBe(130);
    expect(document.status).toBe('interrupted');
    expect(document.blocks).toHaveLength(2);
    expect(document.blocks[1]!.status).toBe('interrupted');
    for (const block of document.blocks) expect(existsSync(join(outcome.abDir, block.folder, 'predictions.jsonl'))).toBe(true);
  }, 120_000);

  it('stops adding pairs once the time budget is spent, and says so', async () => {
    // alpha 1e-6 makes every interval span zero and a margin of 0.001% cannot contain one: each look is
    // inconclusive, so only the budget can stop it short of max_pairs (5).
    const outcome = await runAb({ hostPath: abConfig(fast.url, fastTwin.url), overrides: ['ab.alpha=0.000001', 'ab.margin_pct=0.001', 'ab.time_budget_s=0.001', 'ab.max_pairs=5'], baseOverrides: [], allowPathsOutsideWorkspace: true }, hooks([]));
    const document = readDocument(outcome);
    expect(document.verdict).toBe('inconclusive');
    expect(document.blocks).toHaveLength(6);
    expect(document.stopped).toBe('the time budget of 0.001 s was spent after 3 pairs');
    expect(outcome.exitCode).toBe(0);
  }, 120_000);

  it('refuses a bad base before any block runs, naming the key', async () => {
    await expect(runAb({ hostPath: abConfig(fast.url, fast.url), overrides: ['ab.base.endpoint='], baseOverrides: [], allowPathsOutsideWorkspace: true }, hooks([]))).rejects.toThrow(/ab.base.endpoint/);
  });
});

describe('infergate ab keeps the base\'s secrets out of ab.json', () => {
  it('redacts an --api-key value given for the base, even when no block ran (interrupted at once)', async () => {
    const server = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: FAST });
    try {
      const secret = 'sk-ab-base-0123456789abcdef';
      // A block would register the secret itself: a signal before the first one leaves ab.json to runAb alone.
      const stopped = new AbortController();
      stopped.abort(new Error('SIGTERM'));
      const outcome = await runAb(
        { hostPath: abConfig(server.url, server.url), overrides: ['ab.min_pairs=3', 'ab.max_pairs=3', 'task_nums=2'], baseOverrides: [`engine_options.extra_args=["--api-key","${secret}"]`], allowPathsOutsideWorkspace: true },
        hooks([], { signal: stopped.signal }),
      );
      expect(outcome.exitCode).toBe(130);
      const text = readFileSync(join(outcome.abDir, 'ab.json'), 'utf8');
      expect(text).not.toContain(secret);
      expect(JSON.parse(text).base_settings.join(' ')).toContain('engine_options.extra_args');
    } finally {
      await server.close();
    }
  }, 120_000);
});
