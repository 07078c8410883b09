// The gate's public surface: read results, load thresholds, compare, render. See docs/gate.md.
export { compareResults, judgeMetric } from './compare-results.js';
export { comparisonFails, type Comparison, type MetricComparison, type MetricStatus, type MismatchOutcome, type NoiseAssessment, type NoiseMethod, type Verdict } from './comparison.js';
export { loadThresholds, parseThresholds, thresholdFor, DEFAULT_THRESHOLDS, type ThresholdConfig } from './thresholds-config.js';
export { readResultsFile, parseResultsDocument } from '../run-folder/results-file.js';
export { renderComparisonMarkdown, verdictLabel, type RenderOptions } from './render-markdown.js';
export { baselineFromFile, baselineFromHistory, baselineFromAnyFile, appendToHistory, type BaselineSet, HISTORY_SCHEMA } from './baseline-set.js';
export { builtInDirection, KNOWN_DIRECTIONS, type Direction } from './metric-directions.js';
export { builtInThreshold, type MetricThreshold } from './default-thresholds.js';
export { fingerprintDifferences, FINGERPRINT_FIELDS, type FingerprintDifference } from './fingerprint.js';
export { writeComparisonFile, readComparisonFile } from './comparison-file.js';
export { formatValue, formatPercent } from './markdown-text.js';
export { renderComparisonText } from './render-text.js';
