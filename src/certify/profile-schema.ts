import { z } from 'zod';
import { datasetSchema, loadSchema, promptSchema, requestSchema, rougeSchema, sloSchema } from '../config/settings-schema.js';

/**
 * A benchmark profile (configs/profiles/<name>.yaml): a named, versioned definition of "the benchmark"
 * that two vendors can both claim. docs/certification.md describes every key.
 */
const share = z.number().min(0).max(1);

/** The settings a profile fixes: a run whose resolved configuration differs on any of them is not certified. */
export const profileSettingsSchema = z.strictObject({
  task_nums: z.int().min(1),
  api: z.enum(['chat', 'completions']),
  prompt: promptSchema.partial(),
  request: requestSchema.pick({ max_tokens: true, temperature: true, seed: true, top_p: true, extra_body: true }).partial(),
  load: loadSchema.partial(),
  slo: sloSchema.partial(),
  percentiles: z.array(z.number().gt(0).lt(100)),
  dataset: datasetSchema.pick({ sample: true, seed: true }).partial(),
  rouge: rougeSchema.partial(),
}).partial();

/** One performance claim: a headline metric of the run against a bound, at the profile's load. */
export const performanceClaimSchema = z.strictObject({
  metric: z.string().min(1),
  max: z.number().optional(),
  min: z.number().optional(),
}).refine((c) => c.max !== undefined || c.min !== undefined, { message: 'needs max or min' });

export const criteriaSchema = z.strictObject({
  /** Each ROUGE F-measure must be at least this share of the model's reference (MLPerf: 0.99). */
  rouge: z.strictObject({ min_share: share }).optional(),
  /** Mean output tokens within ±margin of the model's reference (MLPerf: 0.10). */
  output_length: z.strictObject({ margin: share }).optional(),
  /**
   * Output integrity: shares of measured requests that failed, came back empty, stopped at max_tokens, or
   * repeated word for word the output of another article (a cached or constant answer).
   */
  integrity: z.strictObject({ max_failed_share: share, max_empty_share: share, max_truncated_share: share, max_duplicate_share: share }).partial().optional(),
  performance: z.array(performanceClaimSchema).optional(),
});

/** A model's reference figures, measured once on a reference system and written into the profile. */
export const referenceSchema = z.strictObject({
  rouge1: z.number().gt(0).max(1).optional(),
  rouge2: z.number().gt(0).max(1).optional(),
  rougeL: z.number().gt(0).max(1).optional(),
  mean_output_tokens: z.number().gt(0).optional(),
});

/** Capacity at SLO: the search the capacity profiles run (docs/certification.md). */
export const capacitySearchSchema = z.strictObject({
  /** The lowest and highest request rate (requests/s) the search may try. */
  low: z.number().gt(0),
  high: z.number().gt(0),
  /** Search stops when the bracket is narrower than this share of its upper end. */
  tolerance: share.refine((x) => x > 0, { message: 'must be > 0' }),
  /** Measurements per probe near the knee (the bracket's ends). */
  repeats: z.int().min(1).max(20),
  /** p99 bounds a probe must meet to pass (ms). */
  slo: z.strictObject({ ttft_ms_p99: z.number().gt(0), tpot_ms_p99: z.number().gt(0) }).partial(),
})
  .refine((c) => c.low < c.high, { message: 'low must be below high' })
  .refine((c) => c.slo.ttft_ms_p99 !== undefined || c.slo.tpot_ms_p99 !== undefined, { message: 'slo needs ttft_ms_p99 or tpot_ms_p99' });

export const profileSchema = z.strictObject({
  /** Name and version: `xsum-latency` and 1 make `xsum-latency-v1`, which must be the file's name. */
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  version: z.int().min(1),
  description: z.string().min(1),
  dataset: z.strictObject({
    /** sha256 over the rows used (results.json dataset.checksum); null while no reference slice is pinned. */
    checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/).nullable(),
  }),
  settings: profileSettingsSchema,
  criteria: criteriaSchema,
  /** Reference figures by served model name. */
  references: z.record(z.string(), referenceSchema).default({}),
  capacity: capacitySearchSchema.optional(),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileSettings = z.infer<typeof profileSettingsSchema>;
export type CapacitySearchSettings = z.infer<typeof capacitySearchSchema>;
