import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * task_nums rows: the first N usable rows, or a seeded uniform sample of N (partial Fisher-Yates),
 * returned in dataset order so a sample reads the same whatever the seed picked first.
 */
export function selectRows<T>(rows: readonly T[], count: number, mode: 'first' | 'random', seed: number): T[] {
  if (mode === 'first' || count >= rows.length) return rows.slice(0, count);
  const rng = xoroshiro128plus(seed);
  const indices = rows.map((_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = uniformInt(rng, i, indices.length - 1);
    [indices[i], indices[j]] = [indices[j] as number, indices[i] as number];
  }
  return indices
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((i) => rows[i] as T);
}
