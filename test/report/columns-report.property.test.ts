import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RequestRecord } from '../../src/run-folder/request-record.js';
import { columnsFromRecords } from '../../src/run-folder/request-columns.js';
import { readResultsFile } from '../../src/run-folder/results-file.js';
import { REPORT_FILES } from '../../src/run-folder/layout.js';
import { toVllmBenchResult } from '../../src/report/export/vllm-bench-result.js';
import { toRequestsCsv } from '../../src/report/export/requests-csv.js';
import { reportInputFromFolder, writeReport } from '../../src/report/write-report.js';
import { buildReportHtml } from '../../src/report/html/build-report-html.js';
import { requestRecordArbitrary } from '../support/request-record-arbitrary.js';
import { scratchRun } from './fixture-paths.js';

const completed = (r: RequestRecord): boolean => r.error === null && r.ttft_ms !== null && r.e2el_ms !== null;

/**
 * The report and its exports are drawn from the run's typed columns, the strings read back from each
 * request's line of requests.jsonl as the exports are written a piece at a time. On any run (failures,
 * warmup, nulls, multi-byte text, CRLF or a BOM in the file), the files equal what the records held in
 * memory give, and the vLLM export's per-request lists are the records' own, in send order.
 */
describe('report drawn from columns (property)', () => {
  it('writes the exports the records give, byte for byte', () => {
    fc.assert(
      fc.property(fc.array(requestRecordArbitrary, { minLength: 1, maxLength: 25 }), fc.boolean(), fc.boolean(), (records, crlf, bom) => {
        const dir = scratchRun();
        const lines = records.map((r) => JSON.stringify(r)).join(crlf ? '\r\n' : '\n');
        writeFileSync(join(dir, 'requests.jsonl'), `${bom ? '\uFEFF' : ''}${lines}\n`);
        writeReport(dir);
        const results = readResultsFile(join(dir, 'results.json'));
        // Strings read back from the file: what JSON gives back (a lone surrogate, -0) is what the records hold.
        const held = JSON.parse(JSON.stringify(records)) as RequestRecord[];
        expect(readFileSync(join(dir, REPORT_FILES.vllm), 'utf8')).toBe(`${JSON.stringify(toVllmBenchResult(results, held))}\n`);
        expect(readFileSync(join(dir, REPORT_FILES.requestsCsv), 'utf8')).toBe(toRequestsCsv(held));
        const input = reportInputFromFolder(dir);
        expect(buildReportHtml(input)).toBe(buildReportHtml({ ...input, run: { ...input.run, requests: columnsFromRecords(held) } }));

        const sent = held.filter((r) => !r.warmup).sort((a, b) => a.send_ms - b.send_ms);
        const vllm = JSON.parse(readFileSync(join(dir, REPORT_FILES.vllm), 'utf8')) as Record<string, unknown[]>;
        expect(vllm.generated_texts).toEqual(sent.map((r) => (completed(r) ? r.text : '')));
        expect(vllm.errors).toEqual(sent.map((r) => (r.error ? `${r.error.kind}: ${r.error.message}` : '')));
        expect(vllm.input_lens).toEqual(sent.map((r) => r.prompt_tokens ?? 0));
        expect(vllm.ttfts).toEqual(sent.map((r) => (completed(r) ? r.ttft_ms! / 1000 : 0)));
      }),
      { numRuns: 40 },
    );
  });
});
