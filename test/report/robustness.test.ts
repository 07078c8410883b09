import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestRecord } from '../../src/run-folder/request-record.js';
import { columnsFromRecords } from '../../src/run-folder/request-columns.js';
import { buildReportHtml } from '../../src/report/html/build-report-html.js';
import { buildMarkdown } from '../../src/report/markdown/build-markdown.js';
import { toVllmBenchResult } from '../../src/report/export/vllm-bench-result.js';
import { toRequestsCsv } from '../../src/report/export/requests-csv.js';
import { reportInputFromFolder } from '../../src/report/write-report.js';
import { scratchRun } from './fixture-paths.js';

function ok(i: number): RequestRecord {
  return {
    id: String(i), index: i, warmup: false, step: 0, send_ms: i * 2, ttft_ms: 40 + (i % 97), first_choice_ms: 39, e2el_ms: 300 + (i % 311),
    close_ms: 301 + (i % 311), text_event_ms: [40 + (i % 97), 200, 300 + (i % 311)], prompt_tokens: 500, output_tokens: 3,
    output_tokens_estimated: false, finish_reason: 'stop', text: 'x', retries: 0, error: null,
  };
}

describe('report robustness', () => {
  it('handles a run where every request failed', () => {
    const dir = scratchRun();
    const failed = Array.from({ length: 5 }, (_, i): RequestRecord => ({ ...ok(i), ttft_ms: null, e2el_ms: null, text_event_ms: [], output_tokens: null, error: { kind: 'connection_refused', message: 'ECONNREFUSED' } }));
    writeFileSync(join(dir, 'requests.jsonl'), failed.map((r) => JSON.stringify(r)).join('\n'));
    const input = reportInputFromFolder(dir);
    input.run.results = { ...input.run.results, status: 'failed', failure: { message: 'no request completed', exit_code: 4 }, headline: { ttft_ms_mean: null }, steps: [] };
    const html = buildReportHtml(input);
    expect(html).toContain('data-chart-empty="ttft"');
    expect(html).toContain('Run failed: no request completed');
    expect(buildMarkdown(input)).toContain('not measured');
    const v = toVllmBenchResult(input.run.results, failed);
    expect(v.completed).toBe(0);
    expect(v.failed).toBe(5);
    expect(v.mean_ttft_ms).toBe(0);
  });

  it('handles a long run (200,000 requests) without overflowing the stack', () => {
    const records = Array.from({ length: 200_000 }, (_, i) => ok(i));
    const dir = scratchRun();
    const input = reportInputFromFolder(dir);
    input.run.requests = columnsFromRecords(records);
    const html = buildReportHtml({ ...input, baseline: null });
    expect(html.length).toBeLessThan(20_000_000);
    expect(toVllmBenchResult(input.run.results, records).completed).toBe(200_000);
    expect(toRequestsCsv(records).split('\r\n')).toHaveLength(200_002);
  });
});
