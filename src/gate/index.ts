// The gate's public surface: read results, load thresholds, compare; the comparison model. Rendering a
// comparison is the report stage's (src/report/); driving the gate is pipeline/gate-step.ts's. See docs/gate.md.
export { compareResults, judgeMetric } from './compare-results.js';
export { comparisonFails, type Comparison, type MetricComparison, type MetricStatus, type MismatchOutcome, type NoiseAssessment, type NoiseMethod, type Verdict } from './comparison.js';
export { loadThresholds, parseThresholds, thresholdFor, DEFAULT_THRESHOLDS, type ThresholdConfig } from './thresholds-config.js';
export { readResultsFile, parseResultsDocument } from '../run-folder/results-file.js';
export { baselineFromFile, baselineFromHistory, baselineFromAnyFile, appendToHistory, type BaselineSet, HISTORY_SCHEMA } from './baseline-set.js';
export { builtInDirection, KNOWN_DIRECTIONS, type Direction } from './metric-directions.js';
export { builtInThreshold, type MetricThreshold } from './default-thresholds.js';
export { fingerprintDifferences, FINGERPRINT_FIELDS, type FingerprintDifference } from './fingerprint.js';
export { writeComparisonFile, readComparisonFile } from './comparison-file.js';
