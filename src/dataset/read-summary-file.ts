import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from '../util/errors.js';
import { decodeUtf8Text } from '../util/utf8-text.js';
import type { RawRow } from './xsum-row.js';

/**
 * EdinburghNLP's raw XSum files, one article per `<bbcid>.summary` file, in sections headed
 * `[SN]URL[SN]`, `[SN]TITLE[SN]`, `[SN]FIRST-SENTENCE[SN]` (the reference summary) and
 * `[SN]RESTBODY[SN]` (the article). The id is the file name without `.summary`, as in the release.
 */
export function readSummaryFile(path: string): RawRow {
  const text = decodeUtf8Text(readFileSync(path), path);
  const sections = new Map<string, string>();
  const pattern = /\[SN\]([A-Z-]+)\[SN\]/g;
  const marks = [...text.matchAll(pattern)];
  if (marks.length === 0) throw new InputError(`${path}: not an XSum .summary file (no [SN]FIRST-SENTENCE[SN] / [SN]RESTBODY[SN] sections)`);
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    sections.set(mark[1] ?? '', text.slice(start, end).trim());
  });
  return { id: basename(path, '.summary'), document: sections.get('RESTBODY'), summary: sections.get('FIRST-SENTENCE'), where: path };
}
