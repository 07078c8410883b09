import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { InputError, located } from '../util/errors.js';
import { utf8Guard } from './utf8-guard.js';
import type { RawRow } from './xsum-row.js';

/**
 * knkarthick/xsum CSV files: a header with id, summary and the article under `dialogue` (that
 * repository's name) or `document`. Streamed, so a 200 MB split never sits in memory as text;
 * quoted fields may hold newlines.
 */
export async function* readCsvRows(path: string): AsyncGenerator<RawRow> {
  // Imported when a CSV file is read: a start with a JSON Lines dataset does not evaluate the parser.
  const { parse } = await import('csv-parse');
  // pipeline, not pipe: an error of the file or of the UTF-8 check ends the parser's iteration with it.
  const parser = pipeline(
    createReadStream(path),
    utf8Guard(path),
    parse({ bom: true, columns: (header: string[]) => header.map((h) => h.trim()), skip_empty_lines: true, info: true, relax_column_count: false }),
    () => undefined,
  );
  let articleColumn: string | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (articleColumn === undefined) {
        const columns = Object.keys(record);
        articleColumn = ['document', 'dialogue'].find((c) => columns.includes(c));
        const missing = [articleColumn ? undefined : 'document (or dialogue)', columns.includes('summary') ? undefined : 'summary', columns.includes('id') ? undefined : 'id'].filter(Boolean);
        if (missing.length > 0) {
          throw new InputError(located(path, 1, `CSV header lacks column ${missing.join(', ')} (found: ${columns.join(', ')})`));
        }
      }
      yield { id: record.id, document: record[articleColumn as string], summary: record.summary, where: `${path}:${info.lines}` };
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const csvError = error as { code?: string; lines?: number; message?: string };
    if (csvError.code?.startsWith('CSV_')) {
      throw new InputError(located(path, csvError.lines, `CSV syntax error: ${(csvError.message ?? '').replace(/\s*at line \d+.*$/s, '')}`));
    }
    throw new InputError(`${path}: cannot read the data file: ${csvError.message ?? String(error)}`);
  }
}
