import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import type { RequestRecord } from '../../src/load/index.js';
import { readGgufModelSpec, requestFlops } from '../../src/metrics/mfu/index.js';
import { computeMfuSafely } from '../../src/pipeline/mfu-metrics.js';
import { llamaHeader } from '../metrics/mfu/gguf-writer.js';

// The demo: llama.cpp on the CPU (gpu_nums 0) with the tiny GGUF the repository ships.
const demo = (...sets: string[]) => loadConfig('configs/demo/host.yaml', sets, { allowPathsOutsideWorkspace: true });
const record = (prompt: number, output: number): RequestRecord => ({ error: null, warmup: false, prompt_tokens: prompt, output_tokens: output, ttft_ms: 10, e2el_ms: 60 }) as unknown as RequestRecord;
const records = [record(547, 64), record(554, 64)];

describe('MFU of a llama.cpp run on a GGUF model', () => {
  it('with a task.yaml peak, the GGUF header gives the FLOPs and the host device is the one accelerator', () => {
    const outcome = computeMfuSafely(demo('GPU_FP16=0.5'), records, 2);
    expect(outcome.unavailable).toBeNull();
    const spec = readGgufModelSpec('test/fixtures/models/sotu-tiny-1.4m-f16.gguf');
    const flops = requestFlops(spec, 547, 64).total + requestFlops(spec, 554, 64).total;
    expect(outcome.headline.mfu).toBeCloseTo(flops / 2 / 0.5e12, 15);
    expect(outcome.block).toMatchObject({ peak: { tflops: 0.5, source: 'task.yaml GPU_FP16', precision: 'FP16' } });
    // MBU needs a bandwidth: none is given, so it says why.
    expect(outcome.headline.mbu).toBeNull();
  });

  it('without a peak, a CPU-only run says what is missing', () => {
    const outcome = computeMfuSafely(demo(), records, 2);
    expect(outcome.unavailable).toBe('gpu_nums is 0 (CPU only) and task.yaml gives no GPU_FP16: there is no peak to compare with');
  });

  it('a GGUF architecture infergate cannot count is not computed, and the reason names it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mfu-gguf-'));
    const file = join(dir, 'odd.gguf');
    writeFileSync(file, llamaHeader([['general.architecture', { type: 'string', value: 'rwkv6' }]]));
    const outcome = computeMfuSafely(demo('GPU_FP16=0.5', `model_path=${file}`), records, 2);
    expect(outcome.unavailable).toMatch(/odd\.gguf: GGUF architecture "rwkv6" is not one infergate can count/);
    expect(outcome.headline.mfu).toBeNull();
  });
});
