import { writeFileSync } from 'node:fs';
import { InputError, located } from '../util/errors.js';
import type { Comparison } from './comparison.js';
import { readJsonFile } from '../util/json-file.js';

export const COMPARISON_SCHEMA = 'infergate/comparison';

/**
 * comparison.json in the run folder: the gate's decision, kept so a matrix aggregate job can show
 * every job's verdict without re-reading their baselines.
 */
export function writeComparisonFile(path: string, comparison: Comparison): void {
  writeFileSync(path, `${JSON.stringify({ schema: COMPARISON_SCHEMA, schema_version: 1, ...comparison }, null, 2)}\n`);
}

export function readComparisonFile(path: string): Comparison {
  const raw = readJsonFile(path) as Record<string, unknown> | null;
  if (raw === null || typeof raw !== 'object' || raw.schema !== COMPARISON_SCHEMA || !Array.isArray(raw.metrics) || typeof raw.verdict !== 'string') {
    throw new InputError(located(path, undefined, `not an infergate comparison file (expected schema "${COMPARISON_SCHEMA}" with verdict and metrics)`));
  }
  return raw as unknown as Comparison;
}
