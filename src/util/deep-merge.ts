/** Merges plain objects recursively; arrays and scalars in `over` replace those in `base`. Inputs are not modified. */
export function deepMerge<T extends Record<string, unknown>>(base: T, ...overs: Array<Record<string, unknown> | undefined>): T {
  let result: Record<string, unknown> = { ...base };
  for (const over of overs) {
    if (!over) continue;
    const next: Record<string, unknown> = { ...result };
    for (const [key, value] of Object.entries(over)) {
      if (value === undefined) continue;
      const current = next[key];
      next[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
    }
    result = next;
  }
  return result as T;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
