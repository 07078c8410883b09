import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SEED_FIGURES } from '../../src/run-folder/seed-figures.js';
import { seedLines } from '../../src/pipeline/seed-lines.js';

describe('seed console lines', () => {
  it('prints the seed names and units at their stated precision: TTFT in seconds, the rest as measured', () => {
    expect(seedLines({ ttft_ms_mean: 250, throughput_rps: 2, output_tps: 128, duration_s: 25, mfu: 0.4, rouge1: 0.16, rouge2: 0.02, rougeL: 0.12 })).toEqual([
      'TTFT:0.2500',
      'Throughput:2.000',
      'Tps:128.0',
      'Time:25.00',
      'MFU:0.400',
      'ROUGE1:0.1600',
      'ROUGE2:0.0200',
      'ROUGEL:0.1200',
    ]);
  });

  it('prints no float noise (the seed printed Time:5.552269999999999)', () => {
    expect(seedLines({ duration_s: 5.552269999999999, ttft_ms_mean: 181.30000000000001, throughput_rps: 9.005509999999, output_tps: 287.99999999 })).toEqual([
      'TTFT:0.1813',
      'Throughput:9.006',
      'Tps:288.0',
      'Time:5.55',
    ]);
  });

  it('keeps significant digits of a tiny MFU rather than printing it as zero', () => {
    expect(seedLines({ mfu: 0.00000321987 })).toEqual(['MFU:0.00000322']);
  });

  it('leaves out a line whose figure was not measured, never a placeholder', () => {
    expect(seedLines({ ttft_ms_mean: 100, throughput_rps: 1, output_tps: 10, duration_s: 3, mfu: null })).toEqual(['TTFT:0.1000', 'Throughput:1.000', 'Tps:10.0', 'Time:3.00']);
  });

  it('every printed value parses back to the measured figure within half its last digit', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (value) => {
        for (const figure of SEED_FIGURES) {
          const [line] = seedLines({ [figure.key]: value });
          const printed = Number(line!.slice(figure.name.length + 1));
          const scaled = value * figure.scale;
          const tolerance = 'decimals' in figure.precision ? 0.5 * 10 ** -figure.precision.decimals : 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(scaled) || 1)) - figure.precision.significant + 1);
          expect(Math.abs(printed - scaled)).toBeLessThanOrEqual(tolerance * (1 + 1e-9) + Number.EPSILON * Math.abs(scaled));
        }
      }),
    );
  });
});
