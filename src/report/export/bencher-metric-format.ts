import type { ResultsDocument } from '../../run-folder/results-document.js';

/**
 * Bencher Metric Format: {benchmark name: {measure slug: {value, lower_value?, upper_value?}}}. The
 * run is one benchmark named after model, engine and load shape; each sweep step is one more, with its
 * label appended. Repeated trials give lower/upper as their min/max. Unmeasured metrics are left out.
 */
export interface BmfMetric {
  value: number;
  lower_value?: number;
  upper_value?: number;
}
export type Bmf = Record<string, Record<string, BmfMetric>>;

/** Bencher measure slugs are lower-case kebab-case. */
export function measureSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function measures(headline: Record<string, number | null>, trials: ReadonlyArray<Record<string, number | null>>): Record<string, BmfMetric> {
  const out: Record<string, BmfMetric> = {};
  for (const [name, value] of Object.entries(headline)) {
    if (value === null || !Number.isFinite(value)) continue;
    const metric: BmfMetric = { value };
    const samples = trials.map((t) => t[name]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    if (samples.length > 1) {
      metric.lower_value = Math.min(...samples);
      metric.upper_value = Math.max(...samples);
    }
    out[measureSlug(name)] = metric;
  }
  return out;
}

export function benchmarkName(results: ResultsDocument): string {
  const env = results.environment;
  return [env?.model, env?.engine, env?.load_shape].filter(Boolean).join(' ') || results.run_id;
}

export function toBmf(results: ResultsDocument): Bmf {
  const name = benchmarkName(results);
  const bmf: Bmf = { [name]: measures(results.headline, results.trials ?? []) };
  for (const step of results.steps ?? []) bmf[`${name} [${step.label}]`] = measures(step.headline, []);
  return bmf;
}
