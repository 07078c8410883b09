import { describe, expect, it } from 'vitest';
import { flopsPerToken, kvBytesPerToken, kvBytesReadAtContext, parseModelConfig, readModelSpec, requestFlops } from '../../../src/metrics/mfu/index.js';
import { fixture } from './helpers.js';

// h=64, 2 layers, 4 query heads of 16, 2 KV heads, gated MLP 128, vocab 100, untied.
const tiny = parseModelConfig({ model_type: 'llama', hidden_size: 64, num_hidden_layers: 2, num_attention_heads: 4, num_key_value_heads: 2, intermediate_size: 128, vocab_size: 100, tie_word_embeddings: false }, 'tiny.json');

describe('FLOPs per token', () => {
  it('matches a hand count on a tiny model', () => {
    // per layer: q 64·64 + k 64·32 + v 64·32 + o 64·64 = 12,288; MLP 3·64·128 = 24,576 → 36,864; ×2 layers.
    const t = flopsPerToken(tiny);
    expect(t.linear).toBe(2 * 73_728);
    expect(t.logits).toBe(2 * 64 * 100);
    // 2 · n_q · (d_qk + d_v) = 2·4·32 = 256 per layer.
    expect(t.attentionPerPosition).toBe(512);
  });

  it('splits a request into prefill and decode, causal attention', () => {
    const f = requestFlops(tiny, 10, 5);
    // prefill: 10 tokens linear + Σ_{i=1..10} i = 55 positions + first logits.
    expect(f.prefill).toBe(147_456 * 10 + 512 * 55 + 12_800);
    // decode: 4 fed-back tokens at positions 11..14 (50 positions) + 4 logits.
    expect(f.decode).toBe(147_456 * 4 + 512 * 50 + 12_800 * 4);
    expect(f.total).toBe(f.prefill + f.decode);
  });

  it('the full (non-causal) convention counts P² prefill positions and the same decode', () => {
    const causal = requestFlops(tiny, 10, 5, 'causal');
    const full = requestFlops(tiny, 10, 5, 'full');
    expect(full.prefill - causal.prefill).toBe(512 * (100 - 55));
    expect(full.decode).toBe(causal.decode);
  });

  it('sliding-window layers cap attended positions at the window', () => {
    const windowed = parseModelConfig({ model_type: 'mistral', hidden_size: 64, num_hidden_layers: 1, num_attention_heads: 4, num_key_value_heads: 2, intermediate_size: 128, vocab_size: 100, sliding_window: 4 }, 'w.json');
    const f = requestFlops(windowed, 6, 3);
    // prefill positions: 1+2+3+4+4+4 = 18; decode positions 7→4, 8→4.
    expect(f.breakdown.attention).toBe(256 * (18 + 8));
  });

  it('a request with no output has no logits', () => {
    expect(requestFlops(tiny, 3, 0).breakdown.logits).toBe(0);
  });

  it('Llama-3.1-8B: 2·N per token is about 2 × 7.5B (the non-embedding matrices)', () => {
    const t = flopsPerToken(readModelSpec(fixture('llama-3.1-8b.config.json')));
    expect(t.linear).toBe(2 * (8_030_261_248 - 2 * 525_336_576 - 32 * 8192 - 4096));
  });
});

describe('KV-cache bytes', () => {
  it('GQA: 2 · kv_heads · head_dim · layers · bytes', () => {
    expect(kvBytesPerToken(readModelSpec(fixture('llama-3.1-8b.config.json')), 2)).toBe(32 * 8 * 128 * 2 * 2);
    expect(kvBytesPerToken(readModelSpec(fixture('llama-3.1-70b.config.json')), 2)).toBe(327_680);
  });

  it('MLA caches the latent plus the rope key: (512 + 64) per layer', () => {
    expect(kvBytesPerToken(readModelSpec(fixture('deepseek-v3.config.json')), 2)).toBe(61 * 576 * 2);
  });

  it('reads only the window on sliding-window layers', () => {
    const mistral = readModelSpec(fixture('mistral-7b-v0.1.config.json'));
    expect(kvBytesReadAtContext(mistral, 10_000, 2)).toBe(kvBytesPerToken(mistral, 2) * 4096);
    expect(kvBytesReadAtContext(mistral, 100, 2)).toBe(kvBytesPerToken(mistral, 2) * 100);
  });
});
