import { describe, expect, it } from 'vitest';
import { countParameters, readModelSpec } from '../../../src/metrics/mfu/index.js';
import { fixture } from './helpers.js';

const within = (actual: number, published: number, tolerance: number) => Math.abs(actual - published) / published <= tolerance;

// Published counts: the Hub's safetensors totals where they are given to more digits, else the vendors' announcements.
const published: Array<[string, number]> = [
  ['llama-3.1-8b.config.json', 8.03e9],
  ['llama-3.1-70b.config.json', 70.6e9],
  ['mistral-7b-v0.1.config.json', 7.24e9],
  ['mixtral-8x7b-v0.1.config.json', 46.7e9],
  ['qwen2.5-7b.config.json', 7.61e9],
  ['deepseek-v3.config.json', 671e9],
];

describe('countParameters on real config.json files', () => {
  for (const [file, total] of published) {
    it(`${file}: total within 1% of ${total / 1e9}B`, () => {
      const count = countParameters(readModelSpec(fixture(file)));
      expect(within(count.total, total, 0.01), `${count.total}`).toBe(true);
    });
  }

  it('Llama-3.1-8B matches the exact checkpoint count 8,030,261,248', () => {
    expect(countParameters(readModelSpec(fixture('llama-3.1-8b.config.json'))).total).toBe(8_030_261_248);
  });

  it('dense models: active equals total', () => {
    const count = countParameters(readModelSpec(fixture('qwen2.5-7b.config.json')));
    expect(count.active).toBe(count.total);
  });

  it('Mixtral-8x7B: 12.9B active within 1%', () => {
    const count = countParameters(readModelSpec(fixture('mixtral-8x7b-v0.1.config.json')));
    expect(within(count.active, 12.9e9, 0.01), `${count.active}`).toBe(true);
  });

  it('DeepSeek-V3: the published 37B active lies between our count without and with the input embedding', () => {
    // DeepSeek's "37B activated" is given to two digits. Counting every weight a token touches gives
    // 37.55B; leaving out the input embedding table (a lookup, not a matmul) gives 36.63B. The published
    // figure must fall between the two, and each is within 1.5% of it.
    const count = countParameters(readModelSpec(fixture('deepseek-v3.config.json')));
    const withoutEmbedding = count.active - count.embedding;
    expect(withoutEmbedding).toBeLessThanOrEqual(37e9);
    expect(count.active).toBeGreaterThanOrEqual(37e9);
    expect(within(count.active, 37e9, 0.015)).toBe(true);
    expect(within(withoutEmbedding, 37e9, 0.015)).toBe(true);
    // At the precision DeepSeek states it (two significant digits), the FLOP-relevant count is 37B.
    expect(Math.round(withoutEmbedding / 1e9)).toBe(37);
  });

  it('tied embeddings are counted once', () => {
    const spec = readModelSpec(fixture('llama-3.1-8b.config.json'));
    const untied = countParameters(spec);
    const tied = countParameters({ ...spec, tieWordEmbeddings: true });
    expect(untied.total - tied.total).toBe(128256 * 4096);
    expect(tied.lmHead).toBe(0);
  });
});
