import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGgufModelSpec, requestFlops } from '../../src/metrics/mfu/index.js';
import { freePort } from '../support/fake-engine-settings.js';
import { llamaServerForTests } from '../support/llama-server-binary.js';
import { runCli, type CliResult } from '../support/run-cli.js';

/**
 * MFU of a real llama.cpp run: the built CLI runs the demo (llama-server on the CPU, the tiny GGUF)
 * with a peak given as task.yaml's GPU_FP16. The model's shape comes from the GGUF header, so the run
 * prints an MFU line. Skipped when llama-server is not built, unless INFERGATE_REQUIRE_LLAMA_SERVER=1.
 */
const llamaServer = llamaServerForTests('e2e llama-server MFU');
const binary = llamaServer.binary;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GGUF = join(ROOT, 'test/fixtures/models/sotu-tiny-1.4m-f16.gguf');
const PEAK_TFLOPS = 0.05;

describe.runIf(llamaServer.run)('infergate run with llama-server and a task.yaml peak', () => {
  let outDir: string;
  let result: CliResult;

  beforeAll(async () => {
    expect(binary, 'INFERGATE_REQUIRE_LLAMA_SERVER=1 but no llama-server is built').not.toBeNull();
    outDir = join(mkdtempSync(join(tmpdir(), 'infergate-e2e-mfu-')), 'run');
    result = await runCli([
      'run', '--host', 'configs/demo/host.yaml', '--out', outDir,
      '--set', `engine_options.binary=${binary ?? ''}`,
      '--set', `engine_options.port=${await freePort()}`,
      '--set', 'task_nums=6',
      '--set', 'request.max_tokens=16',
      '--set', 'prompt.max_article_words=200',
      '--set', `GPU_FP16=${PEAK_TFLOPS}`,
    ], { cwd: ROOT, timeoutMs: 90_000 });
  }, 120_000);

  afterAll(() => {
    if (outDir) rmSync(join(outDir, '..'), { recursive: true, force: true });
  });

  it('prints an MFU line equal to the FLOPs of the served requests over duration × peak', () => {
    expect(result.code, result.stderr).toBe(0);
    const mfu = Number(/^MFU:([0-9.e+-]+)$/m.exec(result.stdout)?.[1]);
    expect(mfu).toBeGreaterThan(0);
    const results = JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8')) as { headline: { mfu: number; duration_s: number }; metrics: { mfu: { peak: { source: string } } } };
    const requests = readFileSync(join(outDir, 'requests.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { prompt_tokens: number; output_tokens: number; error: unknown; warmup: boolean });
    const spec = readGgufModelSpec(GGUF);
    const flops = requests.filter((r) => r.error === null && !r.warmup).reduce((sum, r) => sum + requestFlops(spec, r.prompt_tokens, r.output_tokens).total, 0);
    // The console prints MFU at 3 significant digits (docs/metrics.md); results.json keeps the full figure.
    expect(mfu).toBe(Number(results.headline.mfu.toPrecision(3)));
    expect(results.headline.mfu).toBeCloseTo(flops / results.headline.duration_s / (PEAK_TFLOPS * 1e12), 12);
    expect(results.metrics.mfu.peak.source).toBe('task.yaml GPU_FP16');
    console.info(`e2e llama-server MFU: ${mfu} of a stated ${PEAK_TFLOPS} TFLOP/s (${(flops / 1e9).toFixed(3)} GFLOP in ${results.headline.duration_s.toFixed(2)} s)`);
  });
});
