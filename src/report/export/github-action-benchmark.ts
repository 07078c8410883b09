import type { ResultsDocument } from '../../run-folder/results-document.js';
import { builtInDirection } from '../../gate/metric-directions.js';
import { unitOf } from '../metric-catalog.js';

/**
 * github-action-benchmark's custom tools read a JSON array of {name, unit, value, range?, extra?}; one
 * file per direction (`tool: customSmallerIsBetter` / `customBiggerIsBetter`). Metrics the gate has no
 * direction for (src/gate/metric-directions.ts), or that were not measured (null), are left out: the tool needs a number and a direction.
 */
export interface BenchmarkActionEntry {
  name: string;
  unit: string;
  value: number;
  range?: string;
  extra?: string;
}

export interface BenchmarkActionFiles {
  smallerIsBetter: BenchmarkActionEntry[];
  biggerIsBetter: BenchmarkActionEntry[];
}

export function toGithubActionBenchmark(results: ResultsDocument): BenchmarkActionFiles {
  const env = results.environment;
  const extra = [env?.model, env?.engine && `${env.engine} ${env.engine_version ?? ''}`.trim(), env?.accelerator, env?.load_shape].filter(Boolean).join(' · ');
  const files: BenchmarkActionFiles = { smallerIsBetter: [], biggerIsBetter: [] };
  const trials = results.trials ?? [];
  for (const [name, value] of Object.entries(results.headline)) {
    if (value === null || !Number.isFinite(value)) continue;
    // The metrics the gate judges, split by its directions: the tool charts what the gate watches.
    const direction = builtInDirection(name);
    if (direction === 'neutral') continue;
    const entry: BenchmarkActionEntry = { name, unit: unitOf(name) || 'ratio', value };
    // With repeated trials the spread is shown as the tool's free-form range, e.g. "± 3.1".
    const samples = trials.map((t) => t[name]).filter((v): v is number => typeof v === 'number');
    if (samples.length > 1) entry.range = `± ${Number(((Math.max(...samples) - Math.min(...samples)) / 2).toPrecision(3))}`;
    if (extra) entry.extra = extra;
    (direction === 'lower' ? files.smallerIsBetter : files.biggerIsBetter).push(entry);
  }
  return files;
}
