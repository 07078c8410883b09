import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseModelConfig, requestFlops } from '../../../src/metrics/mfu/index.js';
import { attendedAt, attendedSum, cappedSum, kvBytesReadAtContext, kvBytesReadOverContexts } from '../../../src/metrics/mfu/kv-cache.js';

const windowed = parseModelConfig({ model_type: 'mistral', hidden_size: 64, num_hidden_layers: 2, num_attention_heads: 4, num_key_value_heads: 2, intermediate_size: 128, vocab_size: 100, sliding_window: 7, layer_types: ['sliding_attention', 'full_attention'] }, 'w.json');

describe('FLOP and KV counting properties', () => {
  it('cappedSum equals the brute-force sum of min(i, window)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }), (n, w) => {
      let brute = 0;
      for (let i = 1; i <= n; i++) brute += w === null ? i : Math.min(i, w);
      expect(cappedSum(n, w)).toBe(brute);
    }));
  });

  it('attendedSum equals the step-by-step sum of attendedAt for global, windowed and chunked layers', () => {
    const base = { model_type: 'llama4_text', hidden_size: 64, num_hidden_layers: 3, num_attention_heads: 4, intermediate_size: 128, vocab_size: 100 };
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 300 }), (chunk, n) => {
      const spec = parseModelConfig({ ...base, attention_chunk_size: chunk, no_rope_layers: [1, 0, 1] }, 'c.json');
      for (const layer of spec.layers) {
        let brute = 0;
        for (let c = 1; c <= n; c++) brute += attendedAt(layer.attention, c);
        expect(attendedSum(layer.attention, n)).toBe(brute);
        if (layer.attention.chunkSize !== null && n > 0) expect(attendedAt(layer.attention, n)).toBeLessThanOrEqual(chunk);
      }
    }));
  });

  it('the closed-form KV read over contexts equals the step-by-step sum', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 40 }), (p, steps) => {
      let brute = 0;
      for (let j = 1; j <= steps; j++) brute += kvBytesReadAtContext(windowed, p + j, 2);
      expect(kvBytesReadOverContexts(windowed, p, p + steps, 2)).toBe(brute);
    }));
  });

  it('full ≥ causal, and FLOPs grow with prompt and output length', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 200 }), (p, g) => {
      const causal = requestFlops(windowed, p, g, 'causal');
      expect(requestFlops(windowed, p, g, 'full').total).toBeGreaterThanOrEqual(causal.total);
      expect(requestFlops(windowed, p + 1, g).total).toBeGreaterThan(causal.total);
      expect(requestFlops(windowed, p, g + 1).total).toBeGreaterThan(causal.total);
    }));
  });
});
