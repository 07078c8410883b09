import yaml from 'js-yaml';
import { z } from 'zod';
import { keyLines, lineOf } from '../config/key-lines.js';
import { InputError, located } from '../util/errors.js';
import { refuseSpecialFile } from '../util/file-kind.js';
import { decodeUtf8Text } from '../util/utf8-text.js';
import { readFileOrFail } from '../util/read-file.js';
import { assertBoundedYaml } from '../util/yaml-expansion.js';
import { builtInThreshold, type MetricThreshold } from './default-thresholds.js';
import { FINGERPRINT_FIELDS } from './fingerprint.js';
import { MISMATCH_OUTCOMES, type MismatchOutcome } from './comparison.js';
import { headlineNameExamples, isHeadlineName } from '../run-folder/headline-names.js';
import { closest, distance } from 'fastest-levenshtein';

export type TwoSampleTestName = 'welch' | 'mann-whitney';

/**
 * Quality beside speed: the margins of the comparison with the baseline's outputs (docs/gate.md, "Quality
 * beside speed"), each declared once here with its default; `quality:` in thresholds.yaml overrides them.
 */
const qualitySchema = z
  .object({
    /** Paired per-document ROUGE-L (F, 0–1): a change smaller than this counts as unchanged; one ROUGE point. */
    rouge_margin: z.number().gt(0).max(1).default(0.01),
    /** The mean output length may differ from the baseline's by this fraction at most (0.1: ±10%). */
    output_length_margin: z.number().min(0).max(10).default(0.1),
    /** The share of degenerate outputs may exceed the baseline's by this much at most (0.02: 2 points). */
    degenerate_margin: z.number().min(0).max(1).default(0.02),
    /** Under greedy decoding on both sides, at least this share of outputs identical to the baseline's; null: reported, not judged. */
    identical_outputs_min_share: z.number().min(0).max(1).nullable().default(null),
  })
  .strict();

export type QualitySettings = z.infer<typeof qualitySchema>;

/** The gate's settings: built-in defaults overlaid with a thresholds.yaml (docs/gate.md). */
export interface ThresholdConfig {
  /** The file the settings came from, or null for the built-in defaults. */
  source: string | null;
  noise: {
    /** Test used when both the baseline and the current run have repeated values. */
    test: TwoSampleTestName;
    /** Significance level of the test and of the prediction interval. */
    alpha: number;
    /** Baseline runs needed before a history is used as the noise model. */
    min_history: number;
    /**
     * The calibrated verdict's false-alarm rate for the whole set of gated metrics (Holm-corrected over
     * them), used when every run compared carries per-request samples (docs/gate.md).
     */
    false_alarm_rate: number;
  };
  fingerprint: {
    /** Fingerprint fields left out of the match. */
    ignore: string[];
    /** Compare anyway when fingerprints differ (with a warning) instead of skipping. */
    allow_mismatch: boolean;
    /** What a baseline on another environment ("not compared") does to the job. */
    on_mismatch: MismatchOutcome;
  };
  /** Per-metric overrides of direction, levels or skip. */
  metrics: Record<string, Partial<MetricThreshold>>;
  /** Margins of paired ROUGE and output integrity against the baseline's outputs. */
  quality: QualitySettings;
}

export const DEFAULT_THRESHOLDS: ThresholdConfig = {
  source: null,
  noise: { test: 'welch', alpha: 0.05, min_history: 3, false_alarm_rate: 0.01 },
  fingerprint: { ignore: [], allow_mismatch: false, on_mismatch: 'warn' },
  metrics: {},
  quality: qualitySchema.parse({}),
};

const metricSchema = z
  .object({
    direction: z.enum(['lower', 'higher', 'neutral']).optional(),
    warn_pct: z.number().nonnegative().optional(),
    fail_pct: z.number().nonnegative().optional(),
    abs_floor: z.number().nonnegative().optional(),
    skip: z.boolean().optional(),
  })
  .strict();

const configSchema = z
  .object({
    noise: z
      .object({
        test: z.enum(['welch', 'mann-whitney']).optional(),
        alpha: z.number().gt(0).lt(0.5).optional(),
        min_history: z.number().int().min(2).optional(),
        false_alarm_rate: z.number().gt(0).lt(0.5).optional(),
      })
      .strict()
      .optional(),
    fingerprint: z
      .object({
        ignore: z.array(z.enum(FINGERPRINT_FIELDS)).optional(),
        allow_mismatch: z.boolean().optional(),
        on_mismatch: z.enum(MISMATCH_OUTCOMES).optional(),
      })
      .strict()
      .optional(),
    metrics: z.record(z.string(), metricSchema.nullable()).optional(),
    quality: qualitySchema.optional(),
  })
  .strict();

/** Effective threshold of one metric: the built-in one with the config's overrides on top. */
export function thresholdFor(config: ThresholdConfig, name: string): MetricThreshold {
  const base = builtInThreshold(name);
  const override = config.metrics[name] ?? {};
  return { ...base, ...override };
}

/** Parses thresholds YAML text; `file` names it in errors. */
export function parseThresholds(text: string, file: string): ThresholdConfig {
  let raw: unknown;
  try {
    raw = yaml.load(text, { filename: file }) ?? {};
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? 'invalid YAML';
    throw new InputError(located(file, mark?.line === undefined ? undefined : mark.line + 1, `not valid YAML (${reason})`));
  }
  assertBoundedYaml(raw, file);
  const lines = keyLines(text);
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // An unknown key is reported on the key itself, not on its parent object.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), ...keys.slice(0, 1)];
    const key = path.length > 0 ? path.join('.') : '(document)';
    throw new InputError(located(file, lineOf(lines, path), `key ${key}: ${issue.message}`));
  }
  const value = parsed.data;
  const metrics: Record<string, Partial<MetricThreshold>> = {};
  for (const [name, override] of Object.entries(value.metrics ?? {})) {
    if (!isHeadlineName(name)) throw new InputError(located(file, lineOf(lines, ['metrics', name]), `key metrics.${name}: ${unknownMetric(name)}`));
    const entry: Partial<MetricThreshold> = {};
    for (const [k, v] of Object.entries(override ?? {})) if (v !== undefined) (entry as Record<string, unknown>)[k] = v;
    metrics[name] = entry;
    const effective = { ...builtInThreshold(name), ...entry };
    if (effective.warn_pct > effective.fail_pct) {
      throw new InputError(
        located(file, lineOf(lines, ['metrics', name]), `key metrics.${name}: warn_pct (${effective.warn_pct}) is above fail_pct (${effective.fail_pct})`),
      );
    }
  }
  return {
    source: file,
    noise: { ...DEFAULT_THRESHOLDS.noise, ...stripUndefined(value.noise ?? {}) },
    fingerprint: { ...DEFAULT_THRESHOLDS.fingerprint, ...stripUndefined(value.fingerprint ?? {}) },
    metrics,
    quality: value.quality ?? DEFAULT_THRESHOLDS.quality,
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Loads thresholds.yaml; without a path, the built-in defaults. */
export function loadThresholds(path?: string): ThresholdConfig {
  if (path === undefined) return DEFAULT_THRESHOLDS;
  refuseSpecialFile(path, 'thresholds file');
  const bytes = readFileOrFail(path, { what: 'the thresholds file', missing: 'thresholds file not found' });
  return parseThresholds(decodeUtf8Text(bytes, path), path);
}

/**
 * A thresholds entry for a name no run writes would never be compared: the gate would pass on a
 * threshold the user believes is in force. Refused, with the nearest real name.
 */
function unknownMetric(name: string): string {
  const names = headlineNameExamples();
  const nearest = closest(name, names);
  const hint = distance(name, nearest) <= Math.max(3, Math.floor(name.length / 3)) ? ` — did you mean "${nearest}"?` : '';
  return `no headline metric is called "${name}"${hint} (names: docs/metrics.md; percentiles are <metric>_ms_p<N>, e.g. ttft_ms_p99)`;
}
