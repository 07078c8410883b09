import { describe, expect, it } from 'vitest';
import { seedLines } from '../../src/pipeline/seed-lines.js';

describe('seed console lines', () => {
  it('prints the seed names and units: TTFT in seconds, the rest as measured', () => {
    expect(seedLines({ ttft_ms_mean: 250, throughput_rps: 2, output_tps: 128, duration_s: 25, mfu: 0.4, rouge1: 0.16, rouge2: 0.02, rougeL: 0.12 })).toEqual([
      'TTFT:0.25',
      'Throughput:2',
      'Tps:128',
      'Time:25',
      'MFU:0.4',
      'ROUGE1:0.16',
      'ROUGE2:0.02',
      'ROUGEL:0.12',
    ]);
  });

  it('leaves out a line whose figure was not measured, never a placeholder', () => {
    expect(seedLines({ ttft_ms_mean: 100, throughput_rps: 1, output_tps: 10, duration_s: 3, mfu: null })).toEqual(['TTFT:0.1', 'Throughput:1', 'Tps:10', 'Time:3']);
  });
});
