import { InputError, located } from './errors.js';

/**
 * Parses JSON Lines text: every non-blank line must be a JSON object, handed to `parse`, which may throw a
 * plain message. Any problem becomes one InputError naming the file and the line; `wording` names, for the
 * reader, what the file holds when a line is not JSON or not an object.
 */
export function parseJsonlObjects<T>(text: string, file: string, parse: (row: Record<string, unknown>) => T, wording: JsonlWording = {}): T[] {
  const out: T[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() !== '') out.push(parseJsonlObject(line, i + 1, file, parse, wording));
  });
  return out;
}

export interface JsonlWording {
  notJson?: string;
  notObject?: string;
}

/** One non-blank line of parseJsonlObjects (line `lineNumber` of `file`), for a reader that goes a line at a time. */
export function parseJsonlObject<T>(line: string, lineNumber: number, file: string, parse: (row: Record<string, unknown>) => T, wording: JsonlWording = {}): T {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new InputError(located(file, lineNumber, wording.notJson ?? 'this line is not valid JSON'));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(located(file, lineNumber, wording.notObject ?? 'each line must be a JSON object'));
  }
  try {
    return parse(value as Record<string, unknown>);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(located(file, lineNumber, error instanceof Error ? error.message : String(error)));
  }
}
