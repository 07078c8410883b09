import { createReadStream, readFileSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { createInterface } from 'node:readline';
import { InputError, located } from '../util/errors.js';
import { decodeUtf8Text } from '../util/utf8-text.js';
import { utf8Guard } from './utf8-guard.js';
import type { RawRow } from './xsum-row.js';

function toRaw(value: unknown, where: string): RawRow {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${where}: expected an object {id, document, summary}, got ${Array.isArray(value) ? 'a list' : typeof value}`);
  }
  const row = value as Record<string, unknown>;
  return { id: row.id, document: row.document ?? row.dialogue, summary: row.summary, where };
}

/** JSON Lines: one {id, document, summary} object per line; blank lines are allowed; UTF-8, BOM dropped. */
export async function* readJsonlRows(path: string): AsyncGenerator<RawRow> {
  const text = pipeline(createReadStream(path), utf8Guard(path), () => undefined);
  const lines = createInterface({ input: text.setEncoding('utf8'), crlfDelay: Infinity });
  let number = 0;
  try {
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
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: cannot read the data file: ${(error as Error).message}`);
  } finally {
    text.destroy();
  }
}

/** A JSON file holding a list of rows, or {data: [...]} / {rows: [...]} as dataset exports do. */
export async function* readJsonRows(path: string): AsyncGenerator<RawRow> {
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8Text(readFileSync(path), path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: invalid JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(value) ? value : ((value as Record<string, unknown> | null)?.data ?? (value as Record<string, unknown> | null)?.rows);
  if (!Array.isArray(list)) throw new InputError(`${path}: expected a list of {id, document, summary} rows (or {"data": [...]})`);
  for (let i = 0; i < list.length; i++) yield toRaw(list[i], `${path}: row ${i + 1}`);
}
