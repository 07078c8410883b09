import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReportHtml, type ReportInput } from './html/build-report-html.js';
import { buildMarkdown, type MarkdownOptions } from './markdown/build-markdown.js';
import { toBmf } from './export/bencher-metric-format.js';
import { toGithubActionBenchmark } from './export/github-action-benchmark.js';
import { toLlmdBenchmarkReport } from './export/llm-d-benchmark-report.js';
import { requestsCsvLines } from './export/requests-csv.js';
import { jsonPieces, withNewline } from './export/json-pieces.js';
import { writeChunksAtomic } from '../util/atomic-write.js';
import { measured } from './request-series.js';
import { vllmBenchResultOfRows, vllmBenchResultsPerStepOfRows } from './export/vllm-bench-result.js';
import type { Comparison } from '../gate/comparison.js';
import type { RequestColumns } from '../run-folder/request-columns.js';
import type { PredictionSummary } from '../run-folder/prediction-summary.js';
import type { ResultsDocument } from '../run-folder/results-document.js';
import { loadBaseline, loadRunFolder } from './input/load-run-folder.js';
import { EXPORTS_FOLDER, REPORT_FILES, vllmBenchStepFile } from '../run-folder/layout.js';

export { REPORT_FILES };

export interface WriteReportOptions extends MarkdownOptions {
  /** A baseline results.json; its requests.jsonl, when beside it, feeds the distribution overlays. */
  baselineFile?: string;
  /**
   * The gate's decision (pipeline/gate-step.ts); otherwise <run>/comparison.json, what the gate wrote.
   * The report renders a comparison it is handed; it never compares.
   */
  comparison?: Comparison;
  /** The run's requests, already read from its requests.jsonl into columns (the pipeline's read-back): not parsed again. */
  requests?: RequestColumns;
  /** What the report shows of predictions.jsonl, gathered as the pipeline wrote it: the file is not read back. */
  predictions?: PredictionSummary;
  /** The run's results.json as the pipeline wrote it (the document it parsed from that text): not read back. */
  results?: ResultsDocument;
}

export interface WrittenReport {
  files: Record<keyof typeof REPORT_FILES, string | null>;
  /** exports/vllm-bench-result.step-<i>.json, one per sweep step (empty when not a sweep). */
  stepFiles: string[];
  /** The Markdown, for the job summary and the PR comment. */
  markdown: string;
  /** What the report was drawn from, for the Mermaid charts of the summary (the folder is read once). */
  input: ReportInput;
}

/** Assembles the report's input from a run folder (what `infergate report` and the pipeline both use). */
export function reportInputFromFolder(runDir: string, options: Pick<WriteReportOptions, 'baselineFile' | 'comparison' | 'requests' | 'predictions' | 'results'> = {}): ReportInput {
  const { requests, predictions, results } = options;
  const run = loadRunFolder(runDir, { ...(requests ? { requests } : {}), ...(predictions ? { predictions } : {}), ...(results ? { results } : {}) });
  const baseline = options.baselineFile ? loadBaseline(options.baselineFile) : null;
  return { run, baseline, comparison: options.comparison ?? run.comparison };
}

/** Writes report.html, report.md and every export into the run folder; returns their paths. */
export function writeReport(runDir: string, options: WriteReportOptions = {}): WrittenReport {
  const input = reportInputFromFolder(runDir, options);
  const path = (rel: string): string => join(runDir, rel);
  mkdirSync(path(EXPORTS_FOLDER), { recursive: true });
  const markdown = buildMarkdown(input, options);
  writeFileSync(path(REPORT_FILES.html), buildReportHtml(input));
  writeFileSync(path(REPORT_FILES.markdown), markdown);
  const bench = toGithubActionBenchmark(input.run.results);
  writeFileSync(path(REPORT_FILES.smallerIsBetter), JSON.stringify(bench.smallerIsBetter, null, 2) + '\n');
  writeFileSync(path(REPORT_FILES.biggerIsBetter), JSON.stringify(bench.biggerIsBetter, null, 2) + '\n');
  writeFileSync(path(REPORT_FILES.bmf), JSON.stringify(toBmf(input.run.results), null, 2) + '\n');
  const requests = input.run.requests;
  writeFileSync(path(REPORT_FILES.llmd), JSON.stringify(toLlmdBenchmarkReport(input.run.results, requests ?? null), null, 2) + '\n');
  const stepFiles: string[] = [];
  if (requests) {
    // The per-request exports are written a piece at a time: their text grows with the run's requests.
    writeChunksAtomic(path(REPORT_FILES.vllm), withNewline(jsonPieces(vllmBenchResultOfRows(input.run.results, requests, measured(requests)))));
    writeChunksAtomic(path(REPORT_FILES.requestsCsv), requestsCsvLines(requests));
    vllmBenchResultsPerStepOfRows(input.run.results, requests).forEach(({ result }, i) => {
      const rel = vllmBenchStepFile(i);
      writeChunksAtomic(path(rel), withNewline(jsonPieces(result)));
      stepFiles.push(path(rel));
    });
  }
  const files = Object.fromEntries(
    Object.entries(REPORT_FILES).map(([k, rel]) => [k, !requests && (k === 'vllm' || k === 'requestsCsv') ? null : path(rel)]),
  ) as WrittenReport['files'];
  return { files, stepFiles, markdown, input };
}
