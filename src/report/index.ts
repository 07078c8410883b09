/** The report stage's public API (see docs/report.md). */
export { writeReport, reportInputFromFolder, REPORT_FILES, type WriteReportOptions, type WrittenReport } from './write-report.js';
export { buildReportHtml, type ReportInput } from './html/build-report-html.js';
export { buildMarkdown, buildChartsMarkdown, type MarkdownOptions } from './markdown/build-markdown.js';
export { toVllmBenchResult, toVllmBenchResultsPerStep, type VllmBenchResult } from './export/vllm-bench-result.js';
export { toGithubActionBenchmark, type BenchmarkActionEntry, type BenchmarkActionFiles } from './export/github-action-benchmark.js';
export { toBmf, type Bmf } from './export/bencher-metric-format.js';
export { toRequestsCsv, REQUEST_CSV_COLUMNS } from './export/requests-csv.js';
export { ProgressReporter, type ProgressOptions, type ProgressSnapshot } from './progress-line.js';
export { renderComparisonMarkdown, verdictLabel, type RenderOptions } from './markdown/comparison-markdown.js';
export { renderComparisonText } from './comparison-text.js';
