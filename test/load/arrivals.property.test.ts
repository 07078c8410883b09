import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { arrivalOffsetsMs } from '../../src/load/arrivals.js';
import { describeShape } from '../../src/load/load-shape.js';
import { loadShapeFrom } from '../../src/pipeline/stage-settings.js';
import { tempTree } from '../support/temp-tree.js';

const scheduleArb = fc.record({
  count: fc.integer({ min: 1, max: 300 }),
  rate: fc.double({ min: 0.01, max: 100_000, noNaN: true }),
  burstiness: fc.double({ min: 0.05, max: 20, noNaN: true }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

describe('arrival conventions', () => {
  it('vllm: the first arrival after one gap, nondecreasing, the last exactly at N / rate', () => {
    fc.assert(
      fc.property(scheduleArb, ({ count, rate, burstiness, seed }) => {
        const offsets = arrivalOffsetsMs(count, rate, burstiness, seed, 'vllm');
        expect(offsets).toHaveLength(count);
        expect(offsets.at(-1)).toBe((count * 1000) / rate);
        expect(offsets[0]).toBeGreaterThan(0);
        for (let i = 1; i < count; i++) expect(offsets[i]!).toBeGreaterThanOrEqual(offsets[i - 1]!);
      }),
    );
  });

  it('vllm draws the same gaps as first-at-zero, shifted by one and scaled by one factor', () => {
    fc.assert(
      fc.property(scheduleArb, ({ count, rate, burstiness, seed }) => {
        const vllm = arrivalOffsetsMs(count, rate, burstiness, seed, 'vllm');
        // first-at-zero with one more request: its offsets 1..N are the cumulative sums of the same N gaps.
        const sums = arrivalOffsetsMs(count + 1, rate, burstiness, seed, 'first-at-zero').slice(1);
        const factor = vllm.at(-1)! / sums.at(-1)!;
        for (let i = 0; i < count; i++) expect(vllm[i]!).toBeCloseTo(sums[i]! * factor, 6);
      }),
    );
  });

  it('first-at-zero (the default) sends request 1 at once and keeps the drawn gaps unscaled', () => {
    fc.assert(
      fc.property(scheduleArb, ({ count, rate, burstiness, seed }) => {
        const today = arrivalOffsetsMs(count, rate, burstiness, seed);
        expect(today).toEqual(arrivalOffsetsMs(count, rate, burstiness, seed, 'first-at-zero'));
        expect(today[0]).toBe(0);
      }),
    );
  });

  it('load.arrivals reaches the rate shape, and a wrong value names the key', () => {
    const dir = tempTree({ 'host.yaml': 'model_path: m\nengine: vllm\nvendor: v\nload:\n  shape: rate\n  rate: 5\n  arrivals: vllm\n', 'v/vllm/task.yaml': 'task_nums: 3\n' });
    const config = loadConfig(join(dir, 'host.yaml'), [`config_path=${dir}`], { allowPathsOutsideWorkspace: true });
    const shape = loadShapeFrom(config);
    expect(shape).toMatchObject({ kind: 'rate', rate_rps: 5, convention: 'vllm' });
    expect(describeShape(shape as Exclude<typeof shape, { kind: 'sweep' }>)).toBe('rate 5/s poisson (vLLM arrivals)');
    const defaults = loadConfig(join(dir, 'host.yaml'), [`config_path=${dir}`, 'load.arrivals=first-at-zero'], { allowPathsOutsideWorkspace: true });
    expect(loadShapeFrom(defaults)).toMatchObject({ convention: 'first-at-zero' });
    expect(() => loadConfig(join(dir, 'host.yaml'), [`config_path=${dir}`, 'load.arrivals=late'], { allowPathsOutsideWorkspace: true })).toThrow(/load\.arrivals/);
  });
});
