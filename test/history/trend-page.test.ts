import { describe, expect, it } from 'vitest';
import { buildTrendPage, safeRunUrl } from '../../src/history/trend-page.js';
import { buildTrendSummary, sparkline } from '../../src/history/trend-summary.js';
import { metricTrends } from '../../src/history/trend.js';
import { nightly } from './make-entry.js';

const hostile = { accelerator: '<img src=x onerror=alert(1)>', engine: 'vllm', model: '@admin [x](javascript:alert(1))', profile: 'p-v1@sha256:"><script>' };

describe('trend page and summary with untrusted text', () => {
  const runs = [0, 1, 2].map((n) => nightly(n, hostile, { ttft_ms_p99: 10 + n }, { run_url: n === 0 ? 'javascript:alert(1)' : n === 1 ? 'https://ok.example/r?a=1&b=2' : null, run_id: `r${n}<b>` }));
  const groups = [{ series: hostile, trends: metricTrends(hostile, runs, ['ttft_ms_p99']) }];

  it('escapes every name, links only http(s) run URLs, and carries no script', () => {
    const page = buildTrendPage(groups, 'history file <x>.jsonl', new Date(0));
    expect(page).not.toMatch(/<script|<img|<b>|href="javascript:/);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('href="https://ok.example/r?a=1&amp;b=2"');
    expect(page.match(/<a href=/g)).toHaveLength(1);
    expect(safeRunUrl('javascript:alert(1)')).toBeNull();
    expect(safeRunUrl('https://x.example/"onmouseover=alert(1)')).toBeNull();
    expect(safeRunUrl('HTTPS://x.example/1')).toBe('HTTPS://x.example/1');
  });

  it('draws a run that was not certified as a hollow point, with a visible outline', () => {
    const mixed = [0, 1].map((n) => nightly(n, hostile, { ttft_ms_p99: 5 }, { certified: n === 0 }));
    const page = buildTrendPage([{ series: hostile, trends: metricTrends(hostile, mixed, ['ttft_ms_p99']) }], 's', new Date(0));
    expect(page.match(/class="dot s0 uncertified"/g)).toHaveLength(1);
    expect(page).toContain('svg .dot.uncertified{fill:#fff;stroke:var(--s0)');
  });

  it('the summary escapes names for Markdown and draws a sparkline per metric', () => {
    const md = buildTrendSummary(groups, 14);
    expect(md).not.toMatch(/<img|\[x\]\(javascript/);
    expect(md).toContain('&lt;img');
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8, 9])).toBe('▁▂▃▄▅▆▇██');
    expect(sparkline([5, 5])).toBe('▄▄');
  });
});

describe('history entries from results', () => {
  it('a finish time that is not a date is one InputError naming the file and key', async () => {
    const { entryFromResults } = await import('../../src/history/history-entry.js');
    const { makeResults } = await import('../gate/make-results.js');
    expect(() => entryFromResults(makeResults({}, { finished_at: 'yesterday' }), {}, 'run/results.json')).toThrow('run/results.json: key finished_at: "yesterday" is not a date and time (ISO 8601)');
    expect(entryFromResults(makeResults({ x: 1 }, { finished_at: '2026-11-26T10:05:00+01:00' })).recorded_at).toBe('2026-11-26T09:05:00.000Z');
  });
});
