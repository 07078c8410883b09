import { existsSync, readFileSync } from 'node:fs';
import { InputError, located } from '../../util/errors.js';

/**
 * Reads a JSON Lines file and hands every non-blank line's object to `parse`, which may throw a plain
 * message; it becomes an InputError naming the file and line. Returns null when the file is absent.
 */
export function readJsonl<T>(file: string, parse: (row: Record<string, unknown>) => T): T[] | null {
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: T[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(located(file, i + 1, 'this line is not valid JSON'));
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new InputError(located(file, i + 1, 'each line must be a JSON object'));
    }
    try {
      out.push(parse(value as Record<string, unknown>));
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(located(file, i + 1, error instanceof Error ? error.message : String(error)));
    }
  });
  return out;
}

export function readJsonFile(file: string): unknown {
  if (!existsSync(file)) throw new InputError(`${file}: file not found`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new InputError(`${file}: not valid JSON`);
  }
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
