import { describe, expect, it } from 'vitest';
import { Mt19937 } from '../../../src/metrics/rouge/mt19937.js';
import { PerlDrand48 } from '../../../src/metrics/rouge/perl-drand48.js';

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
