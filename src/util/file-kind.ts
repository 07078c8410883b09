import { statSync, type Stats } from 'node:fs';
import { InputError } from './errors.js';

/**
 * What a path in the data is, when it is not a regular file or a folder. Opening a named pipe blocks until
 * a writer comes (for ever, in CI), a socket or device cannot be read as data, and a link loop never
 * resolves: each is refused by its type before anything opens it.
 */
export function specialKind(stats: Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>): string | null {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return null;
}

/** The sentence for a path whose stat failed: a link loop, a broken link, a missing path. */
export function unreachableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ELOOP':
      return 'a symbolic link loop (the link leads back to itself)';
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a path through something that is not a folder';
    default:
      return `cannot be read (${code ?? String(error)})`;
  }
}

/**
 * Refuses a path that is a pipe, socket or device before it is read: reading a named pipe blocks until
 * a writer comes. A path that cannot be stat'ed is left to the read, which reports it.
 */
export function refuseSpecialFile(path: string, what: string): void {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return;
  }
  const special = specialKind(stats);
  if (special !== null) throw new InputError(`${path}: the ${what} is ${special}, not a regular file`);
}
