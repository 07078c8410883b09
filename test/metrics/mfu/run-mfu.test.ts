import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import type { RequestRecord } from '../../../src/load/index.js';
import { computeUtilization, readGgufModelSpec, requestFlops, resolvePeak } from '../../../src/metrics/mfu/index.js';
import { computeMfuSafely } from '../../../src/metrics/mfu/run-mfu.js';
import { llamaHeader } from './gguf-writer.js';

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

  it("MBU counts the weights at the GGUF file's own bytes per weight (F16 matrices, F32 norms)", () => {
    const outcome = computeMfuSafely(demo('GPU_FP16=0.5', 'GPU_BANDWIDTH_GBPS=20'), records, 2);
    const spec = readGgufModelSpec('test/fixtures/models/sotu-tiny-1.4m-f16.gguf');
    const peak = resolvePeak({ dtype: 'float16', taskPeaks: { GPU_FP16: 0.5, GPU_BANDWIDTH_GBPS: 20 } });
    const utilization = (weightBytesPerParam: number) => computeUtilization({ model: spec, requests: records.map((r) => ({ prompt_tokens: r.prompt_tokens ?? 0, output_tokens: r.output_tokens ?? 0, ttft_ms: 10, e2el_ms: 60 })), duration_s: 2, accelerators: 1, peak, weightBytesPerParam, kvBytesPerElement: 2 }).mbu.value;
    expect(spec.weightBytesPerParam).toBeGreaterThan(2);
    expect(outcome.headline.mbu).toBe(utilization(spec.weightBytesPerParam ?? 0));
    expect(outcome.headline.mbu).not.toBe(utilization(2));
  });

  it('a config.json with a layer kind infergate cannot count is not computed, and the reason names it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mfu-cfg-'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ model_type: 'qwen3_next', hidden_size: 64, num_hidden_layers: 2, num_attention_heads: 4, intermediate_size: 128, vocab_size: 100, torch_dtype: 'bfloat16', layer_types: ['full_attention', 'lightning_attention'] }));
    const outcome = computeMfuSafely(demo('GPU_BF16=1', `model_path=${dir}`), records, 2);
    expect(outcome.unavailable).toMatch(/config\.json: layer_types\[1\] is "lightning_attention", a layer kind infergate cannot count/);
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
