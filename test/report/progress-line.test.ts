import { describe, expect, it } from 'vitest';
import { formatDuration, formatProgress, ProgressReporter } from '../../src/report/progress-line.js';

function clock(): { now: () => number; advance: (ms: number) => void } {
  let t = 0;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('progress line', () => {
  it('formats done/total, the step\'s rates at the seed lines\' precision, errors and ETA', () => {
    expect(formatProgress('requests', 500, { done: 100, errors: 2, completed: 98, outputTokens: 4000, spanMs: 20_000 })).toBe(
      'requests 100/500 (20%) | 4.900 req/s | 200.0 tok/s | errors 2 | ETA 1:22',
    );
    expect(formatProgress('requests', 10, { done: 0, errors: 0, completed: 0, outputTokens: 0, spanMs: 0 })).toContain('ETA --');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('rewrites one line in place on a terminal and ends it on finish', () => {
    const c = clock();
    const out: string[] = [];
    const p = new ProgressReporter({ total: 4, isTTY: true, write: (s) => out.push(s), now: c.now });
    for (let i = 1; i <= 4; i++) {
      c.advance(250);
      p.update({ done: i, errors: 0, completed: i, outputTokens: i * 30, spanMs: i * 250 });
    }
    p.finish();
    expect(out.slice(0, -1).every((s) => s.startsWith('\r') && s.endsWith('\x1b[K'))).toBe(true);
    expect(out.at(-1)).toBe('\n');
    expect(out.at(-2)).toContain('4/4 (100%)');
  });

  it('prints plain periodic lines without control characters when not a terminal', () => {
    const c = clock();
    const out: string[] = [];
    const p = new ProgressReporter({ total: 100, isTTY: false, write: (s) => out.push(s), now: c.now, intervalMs: 10_000 });
    for (let i = 1; i <= 100; i++) {
      c.advance(500);
      p.update({ done: i, errors: i > 90 ? 1 : 0, completed: i > 90 ? i - 1 : i, outputTokens: i * 40, spanMs: i * 500 });
    }
    p.finish();
    // 50 s of updates at one line per 10 s, plus the final line.
    expect(out.length).toBeGreaterThanOrEqual(5);
    expect(out.length).toBeLessThanOrEqual(7);
    for (const line of out) {
      expect(line.endsWith('\n')).toBe(true);
      const controls = [...line.slice(0, -1)].filter((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);
      expect(controls).toEqual([]);
    }
    expect(out.at(-1)).toContain('100/100 (100%)');
    expect(out.at(-1)).toContain('errors 1');
  });
});
