/** Latency and throughput metrics over request records (definitions in docs/metrics.md). */
export { summarizeLatency, summarizeLatencyBySteps, summarizeLatencyByStepRows, summarizeLatencyRows } from './summarize-latency.js';
export type { LatencySummary, LatencyOptions, LatencySlo, GoodputSummary } from './summarize-latency.js';
export { headlineLatency } from './headline.js';
export { summarize, percentileOfSorted, percentileKey, DEFAULT_PERCENTILES } from './distribution.js';
export type { Distribution } from './distribution.js';
export { requestLatency, interEventGaps, rowLatency } from './per-request.js';
export type { RequestLatency } from './per-request.js';
export { requestSamples, requestSamplesOfRows } from './request-samples.js';
