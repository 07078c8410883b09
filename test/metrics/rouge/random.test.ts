import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resampleMeansNumpy } from '../../../src/metrics/rouge/bootstrap.js';
import { simdBlock } from '../../../src/metrics/rouge/mt19937-block.js';
import { Mt19937 } from '../../../src/metrics/rouge/mt19937.js';
import { PerlDrand48 } from '../../../src/metrics/rouge/perl-drand48.js';
import { rouge155ResampleMeans } from '../../../src/metrics/rouge/rouge155-resample-kernel.js';

describe('MT19937 as numpy’s legacy RandomState', () => {
  it('gives np.random.seed(42); np.random.rand() = 0.3745401188473625 and the next known values', () => {
    const rng = new Mt19937(42);
    expect([rng.nextDouble(), rng.nextDouble(), rng.nextDouble()]).toEqual([0.3745401188473625, 0.9507143064099162, 0.7319939418114051]);
  });

  it('draws bounded integers in range and in the same order one by one or in bulk', () => {
    const a = new Mt19937(7);
    const b = new Mt19937(7);
    const bulk = new Int32Array(5000);
    b.fillBelow(11334, bulk);
    const single = Array.from({ length: 5000 }, () => a.nextBelow(11334));
    expect(Array.from(bulk)).toEqual(single);
    expect(single.every((v) => v >= 0 && v < 11334)).toBe(true);
  });
});

describe('MT19937’s WebAssembly SIMD block step', () => {
  it('assembles and runs on this Node (else the scalar code would run, slower)', () => {
    expect(simdBlock()).not.toBeNull();
  });

  it('gives the same words and draws as the scalar code, in any mix of calls', () => {
    const call = fc.oneof(
      fc.record({ kind: fc.constant('word' as const) }),
      fc.record({ kind: fc.constant('draw' as const), n: fc.oneof(fc.integer({ min: 1, max: 70000 }), fc.constantFrom(1, 2, 3, 1024, 1025, 11334)), count: fc.integer({ min: 0, max: 3000 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.array(call, { minLength: 1, maxLength: 12 }), (seed, calls) => {
        const simd = new Mt19937(seed);
        const scalar = new Mt19937(seed, { scalar: true });
        for (const c of calls) {
          if (c.kind === 'word') expect(simd.nextUint32()).toBe(scalar.nextUint32());
          else expect(Array.from(simd.drawBelow(c.n, c.count))).toEqual(Array.from(scalar.drawBelow(c.n, c.count)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives rouge_score’s bootstrap means bit for bit as the JavaScript draw-and-add loop does', () => {
    const score = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.5, 1 / 3));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 30 }), fc.array(score, { minLength: 3, maxLength: 3 * 400 }), (seed, n, resamples, pool) => {
        const column = (offset: number): Float64Array => Float64Array.from({ length: n }, (_, i) => pool[(3 * i + offset) % pool.length] as number);
        const columns = { precision: column(0), recall: column(1), fmeasure: column(2) };
        const simd = new Mt19937(seed);
        const scalar = new Mt19937(seed, { scalar: true });
        for (let round = 0; round < 2; round += 1) {
          const a = resampleMeansNumpy(columns, resamples, simd);
          const b = resampleMeansNumpy(columns, resamples, scalar);
          for (const key of ['precision', 'recall', 'fmeasure'] as const) expect(Array.from(a[key])).toEqual(Array.from(b[key]));
        }
        expect(simd.nextUint32()).toBe(scalar.nextUint32());
      }),
      { numRuns: 80 },
    );
  });

  it('keeps drawing the same after its memory grows for a larger draw', () => {
    const simd = new Mt19937(42);
    const scalar = new Mt19937(42, { scalar: true });
    for (const count of [10, 200000, 5, 11334]) expect(Array.from(simd.drawBelow(11334, count))).toEqual(Array.from(scalar.drawBelow(11334, count)));
    expect(simd.nextUint32()).toBe(scalar.nextUint32());
  });
});

describe('Perl drand48 as ROUGE-1.5.5’s srand/rand', () => {
  it('gives perl -e "srand(0); print rand(), rand()" and srand(5)', () => {
    const zero = new PerlDrand48(0);
    expect([zero.next(), zero.next()]).toEqual([0.17082803610628972, 0.7499019804849638]);
    expect(new PerlDrand48(5).next()).toBe(0.5248395794342322);
  });

  it('draws int(rand(n)) the same one by one or in bulk', () => {
    const bulk = new Int32Array(1000);
    new PerlDrand48(3).fillBelow(11334, bulk);
    const single = new PerlDrand48(3);
    expect(Array.from(bulk)).toEqual(Array.from({ length: 1000 }, () => single.nextBelow(11334)));
  });
});

describe('ROUGE-1.5.5’s bootstrap loop in WebAssembly', () => {
  /** The loop as the script runs it: srand(seed + s), n draws int(rand(n)), rows added in draw order. */
  function reference(rows: Float64Array, width: number, n: number, seed: number, resamples: number): number[] {
    const means: number[] = [];
    const drawn = new Int32Array(n);
    for (let s = 0; s < resamples; s += 1) {
      new PerlDrand48(seed + s).fillBelow(n, drawn);
      for (let c = 0; c < width; c += 1) {
        let sum = 0;
        for (const row of drawn) sum += rows[row * width + c] as number;
        means.push(sum / n);
      }
    }
    return means;
  }

  it('gives the same means bit for bit as drand48 and adding in JavaScript', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom(3, 9), (seed, n, resamples, width) => {
        const rows = Float64Array.from({ length: n * width }, (_, i) => ((i * 7919) % 1000) / 997);
        const got = rouge155ResampleMeans(rows, width, n, seed, resamples);
        expect(got).not.toBeNull();
        expect(Array.from(got as Float64Array)).toEqual(reference(rows, width, n, seed, resamples));
      }),
      { numRuns: 60 },
    );
  });
});
