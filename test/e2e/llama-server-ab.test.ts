import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AbDocument } from '../../src/gate/ab-document.js';
import { runAb, type AbOutcome } from '../../src/pipeline/ab-run.js';
import { silentLogger } from '../../src/util/logger.js';
import { freePort } from '../support/fake-engine-settings.js';
import { llamaServerForTests } from '../support/llama-server-binary.js';

/**
 * `infergate ab` with the real CPU engine: the demo's llama-server configuration as the head (one compute
 * thread) against a base with two threads, 3 blocks each, a few short requests per block. Every block
 * launches and stops its own llama-server. Which side is faster depends on the machine (on a busy 2-core
 * one, two threads wait at llama.cpp's barriers), so the test checks the comparison, not its sign.
 * Skipped when llama-server is not built, unless INFERGATE_REQUIRE_LLAMA_SERVER=1 (CI).
 */
const llamaServer = llamaServerForTests('e2e llama-server A/B');
const binary = llamaServer.binary;
const ROWS = 6;

describe.runIf(llamaServer.run)('infergate ab with two llama-server configurations on the CPU', () => {
  let outDir: string;
  let outcome: AbOutcome;
  let document: AbDocument;
  const lines: string[] = [];

  beforeAll(async () => {
    expect(binary, 'INFERGATE_REQUIRE_LLAMA_SERVER=1 but no llama-server is built; run `node scripts/build-llama-server.mjs`').not.toBeNull();
    outDir = join(mkdtempSync(join(tmpdir(), 'infergate-e2e-ab-')), 'ab');
    // The repository root is the working directory (vitest's): the demo's paths are relative to it.
    outcome = await runAb(
      {
        hostPath: 'configs/demo/host.yaml',
        overrides: [`engine_options.binary=${binary ?? ''}`, `engine_options.port=${await freePort()}`, `task_nums=${ROWS}`, 'request.max_tokens=16', 'prompt.max_article_words=200', 'ab.min_pairs=3', 'ab.max_pairs=3'],
        baseOverrides: ['engine_options.extra_args=["--threads", "2", "--parallel", "2"]'],
        outDir,
      },
      { log: silentLogger, printLine: (line) => lines.push(line) },
    );
    document = JSON.parse(readFileSync(join(outDir, 'ab.json'), 'utf8')) as AbDocument;
  }, 300_000);

  afterAll(() => {
    if (outDir) rmSync(join(outDir, '..'), { recursive: true, force: true });
  });

  it('runs 3 blocks of each, each with its own engine launched with its own threads', () => {
    expect(document.status, outcome.error?.message).toBe('completed');
    expect(document.blocks.map((b) => b.side).sort()).toEqual(['base', 'base', 'base', 'head', 'head', 'head']);
    for (const block of document.blocks) {
      const results = JSON.parse(readFileSync(join(outDir, block.folder, 'results.json'), 'utf8'));
      expect(results.status).toBe('completed');
      expect(results.headline.completed_requests).toBe(ROWS);
      expect(results.config.engine_options.extra_args.slice(0, 2)).toEqual(['--threads', block.side === 'base' ? '2' : '1']);
      expect(readFileSync(join(outDir, block.folder, 'output.txt'), 'utf8').length).toBeGreaterThan(0);
    }
  });

  it('gives each gated metric an effect with its interval and a verdict', () => {
    const look = document.looks.at(-1)!;
    expect(look.pairs).toBe(3);
    // TTFT and tokens/s are measured in every block. TPOT may not be: a client starved of CPU (CI beside
    // busy loops) can read a block's whole stream in one read, so every token carries one stamp and TPOT is
    // 0, which the A/B rule leaves unpaired and says so rather than dividing by it.
    const paired = look.metrics.filter((metric) => metric.pairs === 3).map((metric) => metric.name);
    expect(paired).toEqual(expect.arrayContaining(['ttft_ms_median', 'output_tps']));
    for (const metric of look.metrics) {
      if (metric.pairs < 2) {
        expect(metric.name).toBe('tpot_ms_median');
        expect([metric.effect_pct, metric.decision]).toEqual([null, 'inconclusive']);
        continue;
      }
      expect(metric.low_pct!).toBeLessThanOrEqual(metric.effect_pct!);
      expect(metric.high_pct!).toBeGreaterThanOrEqual(metric.effect_pct!);
    }
    expect(['pass', 'improved', 'regression', 'inconclusive']).toContain(document.verdict);
    expect(lines.at(-1)).toMatch(/^A\/B verdict: /);
  });

  it('pairs the two sides\' greedy outputs: same documents, token counts reconciled with the stream', () => {
    const quality = document.quality!;
    expect(quality.rouge.compared).toBe(true);
    expect(quality.integrity!.paired).toBe(ROWS);
    expect(quality.tokens!.checked).toBe(ROWS);
    expect(quality.tokens!.mismatched).toBe(0);
    console.info(`e2e llama-server A/B: verdict ${document.verdict}, identical outputs ${(quality.integrity!.identical_share * 100).toFixed(0)}%, ${look()}`);
  });

  const look = () => document.looks.at(-1)!.metrics.map((m) => `${m.name} ${m.reason}`).join('; ');
});
