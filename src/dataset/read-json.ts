import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError, located } from '../util/errors.js';
import type { RawRow } from './xsum-row.js';

function toRaw(value: unknown, where: string): RawRow {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${where}: expected an object {id, document, summary}, got ${Array.isArray(value) ? 'a list' : typeof value}`);
  }
  const row = value as Record<string, unknown>;
  return { id: row.id, document: row.document ?? row.dialogue, summary: row.summary, where };
}

/** JSON Lines: one {id, document, summary} object per line; blank lines are allowed. */
export async function* readJsonlRows(path: string): AsyncGenerator<RawRow> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputError(located(path, number, `invalid JSON: ${(error as Error).message}`));
    }
    yield toRaw(value, `${path}:${number}`);
  }
}

/** A JSON file holding a list of rows, or {data: [...]} / {rows: [...]} as dataset exports do. */
export async function* readJsonRows(path: string): AsyncGenerator<RawRow> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`${path}: invalid JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(value) ? value : ((value as Record<string, unknown> | null)?.data ?? (value as Record<string, unknown> | null)?.rows);
  if (!Array.isArray(list)) throw new InputError(`${path}: expected a list of {id, document, summary} rows (or {"data": [...]})`);
  for (let i = 0; i < list.length; i++) yield toRaw(list[i], `${path}: row ${i + 1}`);
}
