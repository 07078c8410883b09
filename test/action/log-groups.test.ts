import { describe, expect, it } from 'vitest';
import { groupOf, PhaseGroups } from '../../src/action/log-groups.js';

function recorder() {
  const lines: string[] = [];
  let t = 0;
  const log = { startGroup: (title: string) => lines.push(`::group::${title}`), endGroup: () => lines.push('::endgroup::'), info: (m: string) => lines.push(m) };
  return { lines, log, now: () => t, advance: (ms: number) => (t += ms) };
}

describe('the action log, grouped by phase', () => {
  it('opens one group per phase, never nested, each followed by one status line outside it', () => {
    const r = recorder();
    const groups = new PhaseGroups(r.log, r.now);
    groups.enter('setup');
    r.advance(1500);
    groups.enter('engine');
    r.advance(12_000);
    groups.enter('load');
    groups.enter('results');
    groups.close('TTFT:0.1813 Throughput:4.200');
    groups.enter('gate');
    groups.close('verdict: pass');
    expect(r.lines).toEqual([
      '::group::infergate: configuration and dataset',
      '::endgroup::',
      'infergate: configuration and dataset — done (1.5 s)',
      '::group::infergate: engine start',
      '::endgroup::',
      'infergate: engine start — done (12.0 s)',
      '::group::infergate: load',
      '::endgroup::',
      'infergate: load — done (0.0 s)',
      '::group::infergate: metrics and run folder',
      '::endgroup::',
      'infergate: metrics and run folder — TTFT:0.1813 Throughput:4.200 (0.0 s)',
      '::group::infergate: gate, summary and publishing',
      '::endgroup::',
      'infergate: gate, summary and publishing — verdict: pass (0.0 s)',
    ]);
  });

  it('closes nothing twice: a phase that failed is closed once, with its status', () => {
    const r = recorder();
    const groups = new PhaseGroups(r.log, r.now);
    groups.enter('engine');
    groups.close('failed');
    groups.close('done');
    expect(r.lines.filter((l) => l === '::endgroup::')).toHaveLength(1);
    expect(r.lines.at(-1)).toBe('infergate: engine start — failed (0.0 s)');
  });
});

describe('the pipeline\'s phases in groups', () => {
  it('puts config and dataset in one group, warm-up and load in another, and reopens nothing', () => {
    const r = recorder();
    const groups = new PhaseGroups(r.log, r.now);
    for (const phase of ['config', 'dataset', 'engine', 'warm-up', 'load', 'read-back', 'scoring'] as const) groups.enter(groupOf(phase));
    expect(r.lines.filter((l) => l.startsWith('::group::'))).toEqual([
      '::group::infergate: configuration and dataset',
      '::group::infergate: engine start',
      '::group::infergate: load',
      '::group::infergate: metrics and run folder',
    ]);
  });
});
