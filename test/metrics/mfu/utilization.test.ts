import { describe, expect, it } from 'vitest';
import { computeUtilization, parseModelConfig, type PeakResolution } from '../../../src/metrics/mfu/index.js';

// The same tiny model as flops.test.ts: 2·N = 147,456 FLOPs per token, logits 12,800, attention 512 per position.
const model = parseModelConfig({ model_type: 'llama', hidden_size: 64, num_hidden_layers: 2, num_attention_heads: 4, num_key_value_heads: 2, intermediate_size: 128, vocab_size: 100, tie_word_embeddings: false }, 'tiny.json');
const peak: PeakResolution = { available: true, precision: 'BF16', tflops: 0.002, bandwidth_gbps: 1, source: 'test', bandwidth_source: 'test', accelerator: null };

describe('computeUtilization on a synthetic run, checked by hand', () => {
  const result = computeUtilization({
    model,
    requests: [
      { prompt_tokens: 10, output_tokens: 5, ttft_ms: 100, e2el_ms: 500 },
      { prompt_tokens: 4, output_tokens: 1, ttft_ms: 50, e2el_ms: 50 },
    ],
    duration_s: 2,
    accelerators: 1,
    peak,
    weightBytesPerParam: 2,
    kvBytesPerElement: 2,
  });

  // Request A (P=10, G=5): prefill 1,474,560 + 28,160 + 12,800 = 1,515,520; decode 589,824 + 25,600 + 51,200 = 666,624.
  // Request B (P=4, G=1):  prefill 589,824 + 5,120 + 12,800 = 607,744; no decode.
  const total = 1_515_520 + 666_624 + 607_744; // 2,789,888

  it('total FLOPs and achieved TFLOP/s', () => {
    expect(result.total_flops).toBe(total);
    expect(result.achieved_tflops.value).toBeCloseTo(total / 2 / 1e12, 18);
  });

  it('states the parameter counts and which one the FLOPs use', () => {
    // 2 layers × (12,288 attention + 24,576 MLP) = 73,728 matrices; + 2 × 128 norms; embedding and head 6,400 each; final norm 64.
    expect(result.model.parameters).toEqual({ total: 73_728 + 256 + 12_800 + 64, active: 73_728 + 256 + 12_800 + 64, active_without_embedding: 73_728 + 256 + 6_400 + 64, active_non_embedding: 73_728 + 256 + 64, linear_active: 73_728 });
    expect(result.model.flops_use).toMatch(/^linear_active/);
    expect([result.model.source, result.model.model_type, result.model.weight_bytes_per_param]).toEqual(['tiny.json', 'llama', 2]);
  });

  it('MFU = Σ FLOPs / (duration × accelerators × peak)', () => {
    // 2,789,888 / 2 s / 2e9 FLOP/s = 6.97472e-4
    expect(result.mfu.value).toBeCloseTo(6.97472e-4, 12);
  });

  it('prefill MFU over Σ TTFT, decode MFU over Σ (E2EL − TTFT)', () => {
    // (1,515,520 + 607,744) / 0.15 s / 2e9 = 7.0775466…e-3
    expect(result.prefill_mfu.value).toBeCloseTo(2_123_264 / 0.15 / 2e9, 12);
    // only A decodes: 666,624 / 0.4 s / 2e9 = 8.3328e-4
    expect(result.decode_mfu.value).toBeCloseTo(8.3328e-4, 12);
    expect(result.requests).toEqual({ total: 2, with_ttft: 2, with_decode: 1 });
  });

  it('MBU = (weights + KV read per decode step) / decode time / bandwidth', () => {
    // Weights per step: (86,848 params − 6,400 input embedding) × 2 B = 160,896 B.
    // KV per position: 2 layers × 2 kv heads × (16 + 16) × 2 B = 256 B; contexts 11..14 → 50 positions = 12,800 B.
    // (4 × 160,896 + 12,800) / 0.4 s / 1e9 B/s = 1.64096e-3
    expect(result.mbu.value).toBeCloseTo(1.64096e-3, 12);
  });

  it('scales with the number of accelerators', () => {
    const two = computeUtilization({ model, requests: [{ prompt_tokens: 10, output_tokens: 5, ttft_ms: 100, e2el_ms: 500 }], duration_s: 2, accelerators: 2, peak, weightBytesPerParam: 2, kvBytesPerElement: 2 });
    expect(two.mfu.value).toBeCloseTo((1_515_520 + 666_624) / 2 / (2 * 2e9), 12);
  });

  it('each metric is null with a reason when it cannot be computed', () => {
    const noPeak = computeUtilization({ model, requests: [{ prompt_tokens: 1, output_tokens: 1, ttft_ms: null, e2el_ms: null }], duration_s: 1, accelerators: 1, peak: { available: false, precision: 'BF16', reason: 'GPU "X" is not in the accelerator catalog and task.yaml gives no GPU_BF16' }, weightBytesPerParam: 2, kvBytesPerElement: 2 });
    expect(noPeak.mfu).toEqual({ value: null, reason: expect.stringContaining('not in the accelerator catalog') });
    expect(noPeak.peak).toBeNull();
    expect(noPeak.achieved_tflops.value).not.toBeNull();

    const noTimes = computeUtilization({ model, requests: [{ prompt_tokens: 1, output_tokens: 3, ttft_ms: null, e2el_ms: null }], duration_s: 1, accelerators: 1, peak: { ...peak, bandwidth_gbps: null }, weightBytesPerParam: 2, kvBytesPerElement: 2 });
    expect(noTimes.mfu.value).not.toBeNull();
    expect(noTimes.prefill_mfu.reason).toMatch(/TTFT/);
    expect(noTimes.decode_mfu.reason).toMatch(/2 or more tokens/);
    expect(noTimes.mbu.reason).toMatch(/bandwidth unknown/);
  });
});

describe('headline', () => {
  const base = { model, duration_s: 2, accelerators: 1, weightBytesPerParam: 2, kvBytesPerElement: 2 };
  it('gives MFU as a ratio, or null when it cannot be computed', async () => {
    const { utilizationHeadline } = await import('../../../src/metrics/mfu/index.js');
    const measured = computeUtilization({ ...base, requests: [{ prompt_tokens: 10, output_tokens: 5, ttft_ms: 100, e2el_ms: 500 }], peak: { ...peak, tflops: 0.000001 } });
    // (1,515,520 + 666,624) / 2 s / 1e6 FLOP/s = 1.091072
    expect(utilizationHeadline(measured).mfu).toBeCloseTo(1.091072, 9);
    const missing = computeUtilization({ ...base, requests: [], peak: { available: false, precision: null, reason: 'dtype "auto" does not name the precision' } });
    expect(missing.mfu.reason).toBe('peak unavailable: dtype "auto" does not name the precision');
    expect(utilizationHeadline(missing)).toEqual({ mfu: null, prefill_mfu: null, decode_mfu: null, mbu: null, achieved_tflops: null });
  });
});
