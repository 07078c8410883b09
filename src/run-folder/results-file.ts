import { z } from 'zod';
import { InputError, located } from '../util/errors.js';
import { readJsonFile } from '../util/json-file.js';
import { firstHeadlineProblem, headlineValueProblem } from './headline-names.js';
import { RESULTS_SCHEMA, RESULTS_SCHEMA_VERSION, type ResultsDocument } from './results-document.js';

/**
 * The one reader of results.json, for the gate, the report, the exports, history and the GitHub stage.
 * Validates what they rely on (schema and version, the fingerprint, headline, trials, intervals, steps);
 * other blocks pass through untouched.
 */
const headlineSchema = z.record(z.string(), z.number().nullable());

const fingerprintSchema = z
  .object({
    accelerator: z.string().nullable(),
    accelerator_count: z.number().int().nonnegative(),
    driver: z.string().nullable(),
    engine: z.string(),
    engine_version: z.string().nullable(),
    model: z.string(),
    dataset_rows: z.number().int().nonnegative(),
    load_shape: z.string(),
    infergate_version: z.string(),
  })
  .passthrough();

const intervalSchema = z.object({
  low: z.number(),
  mid: z.number(),
  high: z.number(),
  confidence: z.number().gt(0).lt(1),
});

const resultsSchema = z
  .object({
    schema: z.literal(RESULTS_SCHEMA),
    schema_version: z.number().int(),
    infergate_version: z.string(),
    run_id: z.string(),
    status: z.enum(['completed', 'failed', 'interrupted']),
    failure: z.object({ message: z.string(), exit_code: z.number() }).nullable(),
    started_at: z.string(),
    finished_at: z.string(),
    config: z.record(z.string(), z.unknown()),
    environment: fingerprintSchema,
    dataset: z.unknown(),
    definitions: z.record(z.string(), z.string()),
    metrics: z.record(z.string(), z.unknown()),
    headline: headlineSchema,
    headline_intervals: z.record(z.string(), intervalSchema).optional(),
    trials: z.array(headlineSchema).optional(),
    request_samples: z
      .object({ ttft_ms: z.array(z.number().nonnegative()), tpot_ms: z.array(z.number().nonnegative()), e2el_ms: z.array(z.number().nonnegative()) })
      .optional(),
    steps: z.array(z.unknown()).optional(),
    files: z.record(z.string(), z.string()),
  })
  .passthrough();

/** Validates a parsed results document; `where` names it in the error (a file, or "history.json run 3"). */
export function parseResultsDocument(value: unknown, where: string): ResultsDocument {
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (record.schema !== RESULTS_SCHEMA) {
      throw new InputError(located(where, undefined, `not an infergate results document (schema is ${JSON.stringify(record.schema)}, expected "${RESULTS_SCHEMA}")`));
    }
    if (record.schema_version !== RESULTS_SCHEMA_VERSION) {
      throw new InputError(
        located(where, undefined, `results schema_version ${JSON.stringify(record.schema_version)} is not supported (this infergate reads version ${RESULTS_SCHEMA_VERSION})`),
      );
    }
  }
  const parsed = resultsSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.length > 0 ? issue.path.join('.') : '(document)';
    throw new InputError(located(where, undefined, `key ${key}: ${issue.message}`));
  }
  const problem = impossibleValue(parsed.data);
  if (problem !== null) throw new InputError(located(where, undefined, `key ${problem}`));
  return parsed.data as unknown as ResultsDocument;
}

/** The first headline (or trial, or interval) value no run can produce, named by its key. */
function impossibleValue(document: z.infer<typeof resultsSchema>): string | null {
  const averaged = (document.trials?.length ?? 0) > 1;
  const trialProblems = (document.trials ?? []).map((trial, i) => firstHeadlineProblem(trial, `trials[${i}]`));
  const intervalProblems = Object.entries(document.headline_intervals ?? {}).flatMap(([name, interval]) =>
    (['low', 'mid', 'high'] as const).map((end) => {
      const problem = headlineValueProblem(name, interval[end], true);
      return problem === null ? null : `headline_intervals.${name}.${end} ${problem}`;
    }),
  );
  return [firstHeadlineProblem(document.headline, 'headline', averaged), ...trialProblems, ...intervalProblems].find((p) => p !== null) ?? null;
}

/** Reads and validates a results.json; every error names the file (and line, for a syntax error). */
export function readResultsFile(path: string): ResultsDocument {
  return parseResultsDocument(readJsonFile(path), path);
}
