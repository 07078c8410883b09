import type { BenchmarkConfig } from '../config/benchmark-config.js';
import { isPlainObject } from '../util/deep-merge.js';

/**
 * The `--set` assignments that turn the head's configuration into the base's: one per leaf of `ab.base`
 * (a list is one leaf and replaces the head's; a mapping such as engine_options.env is merged key by key).
 * Values are written as JSON, which the --set reader (YAML) reads back unchanged.
 */
export function baseAssignments(base: BenchmarkConfig['ab']['base']): string[] {
  const out: string[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (isPlainObject(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
      return;
    }
    out.push(`${path.join('.')}=${JSON.stringify(value)}`);
  };
  walk(base, []);
  return out;
}
