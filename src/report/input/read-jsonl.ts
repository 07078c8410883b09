import { existsSync, readFileSync, statSync } from 'node:fs';
import { InputError } from '../../util/errors.js';
import { decodeUtf8Text } from '../../util/utf8-text.js';
import { parseJsonlObjects } from '../../util/jsonl.js';

/**
 * Reads a JSON Lines file and hands every non-blank line's object to `parse`, which may throw a plain
 * message; it becomes an InputError naming the file and line. Returns null when the file is absent.
 */
export function readJsonl<T>(file: string, parse: (row: Record<string, unknown>) => T): T[] | null {
  if (!existsSync(file)) return null;
  // A device or pipe in a run folder (a link to /dev/full, say) would never end: refuse anything else.
  if (!statSync(file).isFile()) throw new InputError(`${file}: not a regular file`);
  return parseJsonlObjects(decodeUtf8Text(readFileSync(file), file), file, parse);
}

/** Field checks that throw one plain sentence (readJsonl adds the location). */
export function num(row: Record<string, unknown>, key: string): number {
  const v = row[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`"${key}" must be a number`);
  return v;
}

export function numOrNull(row: Record<string, unknown>, key: string): number | null {
  const v = row[key];
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`"${key}" must be a number or null`);
  return v;
}

export function str(row: Record<string, unknown>, key: string): string {
  const v = row[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  throw new Error(`"${key}" must be a string`);
}
