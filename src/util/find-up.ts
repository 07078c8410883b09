import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Walks up from `startDir` to the first directory holding `relativePath`; its full path, or null. */
export function findUp(relativePath: string, startDir: string): string | null {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
