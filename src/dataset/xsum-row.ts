import { InputError } from '../util/errors.js';

/** One XSum example: the article to summarise and its reference (gold) summary. */
export interface XsumRow {
  id: string;
  document: string;
  summary: string;
}

/** Why a row could not be used; each is counted and reported, never silently dropped. */
export type SkipReason = 'no_summary' | 'empty_document' | 'bad_id' | 'duplicate_id';

/** A row as a reader found it, before it is checked. `where` is "file:line" for messages. */
export interface RawRow {
  id: unknown;
  document: unknown;
  summary: unknown;
  where: string;
  /** Where the row lies in its file, for a reader that knows (JSON Lines): the dataset keeps that, not the row. */
  span?: RowSpan;
}

/** Where a JSON Lines row lies in its file: the line's bytes, without its line break, and its line number. */
export interface RowSpan {
  offset: number;
  length: number;
  line: number;
}

/** A parsed JSON row as a raw row; `dialogue` stands for `document` (knkarthick's name). */
export function rawRowOf(value: unknown, where: string): RawRow {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${where}: expected an object {id, document, summary}, got ${Array.isArray(value) ? 'a list' : typeof value}`);
  }
  const row = value as Record<string, unknown>;
  return { id: row.id, document: row.document ?? row.dialogue, summary: row.summary, where };
}

/** Checks one raw row; returns the usable row or the reason it cannot be used. */
export function checkRow(raw: RawRow): XsumRow | SkipReason {
  let id: string;
  if (typeof raw.id === 'number' && Number.isFinite(raw.id)) id = String(raw.id);
  else if (typeof raw.id === 'string' && raw.id.trim() !== '' && !/[\r\n\t]/.test(raw.id)) id = raw.id.trim();
  else return 'bad_id';
  if (typeof raw.document !== 'string' || raw.document.trim() === '') return 'empty_document';
  if (typeof raw.summary !== 'string' || raw.summary.trim() === '') return 'no_summary';
  return { id, document: raw.document, summary: raw.summary };
}
