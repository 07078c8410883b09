import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headlineCards } from '../../src/report/html/cards.js';
import { headlineTable } from '../../src/report/html/tables.js';
import { directionOf } from '../../src/report/metric-catalog.js';
import { inFlightBins } from '../../src/report/request-series.js';
import { distributionCharts } from '../../src/report/svg/distribution-chart.js';
import { SEED_FIGURES } from '../../src/run-folder/seed-figures.js';

describe('report.html reads as the console does', () => {
  it('has a card for every console line, ROUGE-L included, in the console\'s order', () => {
    const html = headlineCards({ ttft_ms_mean: 180, rougeL: 0.05 }, null);
    const cards = [...html.matchAll(/data-seed="([^"]+)" data-key="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(cards).toEqual(SEED_FIGURES.map((f) => [f.name, f.key]));
  });

  it('says which way is better for every latency statistic, p95 as p99, and nothing for a spread or a count', () => {
    for (const name of ['ttft_ms_p95', 'ttft_ms_p99', 'tpot_ms_median', 'e2el_ms_p99_9', 'ttft_vllm_ms_p95', 'itl_ms_max']) expect(directionOf(name), name).toBe('lower');
    for (const name of ['ttft_ms_std', 'completed_requests', 'total_output_tokens']) expect(directionOf(name), name).toBe('neutral');
    expect(directionOf('rougeL')).toBe('higher');
    const table = headlineTable({ ttft_ms_p90: 1, ttft_ms_p95: 2, ttft_ms_p99: 3 });
    expect(table.match(/<td>lower is better<\/td>/g)).toHaveLength(3);
  });
});

describe('requests in flight, per bin', () => {
  it('reads a closed loop of 2 that hands each slot straight on as 2, not a flicker', () => {
    // Two streams, each request 0.3 s, the next sent the moment one closes, for 3 s.
    const steps: Array<[number, number]> = [[0, 0], [0, 2]];
    for (let t = 0.3; t < 3; t += 0.3) steps.push([Number(t.toFixed(6)), 1], [Number(t.toFixed(6)), 2]);
    steps.push([3, 0]);
    const bins = inFlightBins(steps, 1);
    expect(bins.map((b) => b.mean)).toEqual([2, 2, 2].map((v) => expect.closeTo(v, 9) as unknown as number));
    expect(bins.map((b) => b.max)).toEqual([2, 2, 2]);
  });

  it('keeps the time integral of the exact count, and the most at once is never below the mean (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0.001, max: 5, noNaN: true })), { minLength: 1, maxLength: 30 }), fc.constantFrom(0.5, 1, 2), (requests, binS) => {
        const events = requests.flatMap(([send, length]): Array<[number, number]> => [[send, 1], [send + length, -1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const steps: Array<[number, number]> = [[0, 0]];
        let level = 0;
        for (const [t, d] of events) steps.push([t, (level += d)]);
        const exact = requests.reduce((sum, [, length]) => sum + length, 0);
        const bins = inFlightBins(steps, binS);
        const endS = steps.at(-1)![0];
        const integral = bins.reduce((sum, b) => sum + b.mean * Math.min(binS, endS - b.startS), 0);
        expect(integral).toBeCloseTo(exact, 6);
        for (const b of bins) expect(b.max + 1e-9).toBeGreaterThanOrEqual(b.mean);
      }),
    );
  });
});

describe('histogram captions match their axes', () => {
  it('bins up to the axis end and names that end for the values counted in the last bin', () => {
    // 300 values near 100 ms and a few slow ones: the 99.5th percentile falls between round axis ends.
    const current = [...Array.from({ length: 300 }, (_, i) => 90 + (i % 20)), 240, 251, 252, 900, 1200];
    const svg = distributionCharts({ id: 'ttft', title: 'TTFT', unit: 'ms', current });
    const hist = svg.slice(0, svg.indexOf('id="ttft-cdf"'));
    const ticks = [...hist.matchAll(/<text class="tick" x="[^"]+" y="[^"]+" text-anchor="middle">([^<]+)<\/text>/g)].map((m) => m[1]);
    const axisEnd = ticks.at(-1)!;
    const caption = /<figcaption>([^<]+)<\/figcaption>/.exec(hist)![1]!;
    const clipped = current.filter((v) => v > Number(axisEnd)).length;
    expect(caption).toBe(`${current.length} requests; ${clipped} values above ${axisEnd} ms, the axis end, are counted in the last bin`);
    // The last bar's tooltip ends at the axis end too.
    const lastBar = [...hist.matchAll(/<title>([^<]+)<\/title>/g)].at(-1)![1]!;
    expect(Number(/–([0-9.]+) ms:/.exec(lastBar)![1])).toBe(Number(axisEnd));
  });
});
