import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flopsPerToken, kvBytesPerToken, kvBytesReadAtContext, parseModelConfig, readModelSpec, requestFlops } from '../../../src/metrics/mfu/index.js';
import { fixture } from './helpers.js';

describe('FLOPs per layer kind: gemma-2 (alternating local and global attention)', () => {
  const gemma = readModelSpec(fixture('gemma-2-9b.config.json'));
  // 2 · n_q · (d_qk + d_v) = 2 · 16 · (256 + 256) per layer and attended position.
  const perPosition = 2 * 16 * 512;

  it('an 8k prompt: 21 local layers attend to at most 4,096 positions, 21 global layers to all', () => {
    const f = requestFlops(gemma, 8192, 1);
    const local = (4096 * 4097) / 2 + (8192 - 4096) * 4096;
    const global = (8192 * 8193) / 2;
    expect(f.breakdown.attention).toBe(perPosition * 21 * (local + global));
    expect(f.breakdown.recurrent).toBe(0);
  });

  it('decode at context 10,000: a local layer reads 4,096 positions, a global layer 10,000', () => {
    const f = requestFlops(gemma, 9999, 2);
    const prefill = requestFlops(gemma, 9999, 1);
    expect(f.breakdown.attention - prefill.breakdown.attention).toBe(perPosition * 21 * (4096 + 10_000));
    // KV bytes read at that context: 8 KV heads × (256 + 256) × 2 bytes per layer and position.
    expect(kvBytesReadAtContext(gemma, 10_000, 2)).toBe(8 * 512 * 2 * 21 * (4096 + 10_000));
  });

  it('below the window every layer attends to every position, as in a model without one', () => {
    const { sliding_window: _window, ...config } = JSON.parse(readFileSync(fixture('gemma-2-9b.config.json'), 'utf8')) as Record<string, unknown>;
    const unwindowed = parseModelConfig(config, 'unwindowed.json');
    expect(requestFlops(gemma, 4000, 1).breakdown.attention).toBe(requestFlops(unwindowed, 4000, 1).breakdown.attention);
    expect(requestFlops(gemma, 8192, 1).breakdown.attention).toBeLessThan(requestFlops(unwindowed, 8192, 1).breakdown.attention);
  });
});

describe('FLOPs per layer kind: Qwen3-Next (Gated DeltaNet and gated full attention)', () => {
  const next = readModelSpec(fixture('qwen3-coder-next.config.json'));

  it('linear FLOPs: gated q_proj on the 12 attention layers, DeltaNet projections on the 36 others, 10 of 512 experts plus the shared one', () => {
    const attention = 2048 * 8192 + 2 * 2048 * 512 + 4096 * 2048; // q (with its gate), k, v, o
    const deltaNet = 2048 * 12288 + 2048 * 64 + 4096 * 2048; // in_proj_qkvz, in_proj_ba, out_proj
    const moe = 10 * 3 * 2048 * 512 + 3 * 2048 * 512 + 512 * 2048 + 2048; // routed, shared, router, shared gate
    expect(flopsPerToken(next).linear).toBe(2 * (12 * attention + 36 * deltaNet + 48 * moe));
  });

  it('attention per position only on the 12 full-attention layers; DeltaNet state cost per token on the 36 others', () => {
    const t = flopsPerToken(next);
    expect(t.attentionPerPosition).toBe(12 * 2 * 16 * 512);
    // 7 · d_k · d_v per value head (32 heads of 128 × 128) + the depthwise conv (8,192 channels × 4 taps × 2).
    expect(t.recurrent).toBe(36 * (7 * 32 * 128 * 128 + 2 * 8192 * 4));
    const f = requestFlops(next, 1000, 1);
    expect(f.breakdown.attention).toBe(12 * 2 * 16 * 512 * ((1000 * 1001) / 2));
    expect(f.breakdown.recurrent).toBe(1000 * t.recurrent);
  });

  it("a DeltaNet layer's decode cost does not grow with the context; only the attention layers' does", () => {
    const step = (context: number) => requestFlops(next, context, 2).decode - requestFlops(next, context, 1).decode;
    const growth = step(20_000) - step(10_000);
    expect(growth).toBe(12 * 2 * 16 * 512 * 10_000);
  });

  it('only the 12 attention layers hold a KV cache: 2 KV heads × (256 + 256) each', () => {
    expect(kvBytesPerToken(next, 2)).toBe(12 * 2 * 512 * 2);
  });
});

describe('FLOPs per layer kind: Llama-4 chunked attention and Mamba', () => {
  it('a chunked layer attends within its chunk; a NoPE layer to the whole prompt', () => {
    const spec = parseModelConfig({ model_type: 'llama4_text', hidden_size: 64, num_hidden_layers: 2, num_attention_heads: 4, num_key_value_heads: 2, intermediate_size: 128, vocab_size: 100, attention_chunk_size: 4, no_rope_layers: [1, 0] }, 'l4.json');
    const perPosition = 2 * 4 * 32;
    // 10 tokens in chunks of 4: 1+2+3+4 + 1+2+3+4 + 1+2 = 23 positions; the NoPE layer: 55.
    expect(requestFlops(spec, 10, 1).breakdown.attention).toBe(perPosition * (23 + 55));
    // Non-causal: each token sees its whole chunk: 4·4 + 4·4 + 2·2 = 36; the NoPE layer 100.
    expect(requestFlops(spec, 10, 1, 'full').breakdown.attention).toBe(perPosition * (36 + 100));
  });

  it('Falcon-Mamba: no attention, no KV cache; 6 · d_inner · d_state + the conv per token and layer', () => {
    const mamba = readModelSpec(fixture('falcon-mamba-7b.config.json'));
    const t = flopsPerToken(mamba);
    expect(t.attentionPerPosition).toBe(0);
    expect(t.recurrent).toBe(64 * (6 * 8192 * 16 + 2 * 8192 * 4));
    expect(kvBytesPerToken(mamba, 2)).toBe(0);
  });
});
