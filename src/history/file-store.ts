import { appendFileSync, existsSync } from 'node:fs';
import { InputError } from '../util/errors.js';
import { parseJsonlObjects } from '../util/jsonl.js';
import { readFileOrFail } from '../util/read-file.js';
import { compareEntries, historyEntrySchema, sameSeries, type HistoryEntry, type SeriesKey } from './history-entry.js';
import { compareSeries, type HistoryStore } from './history-store.js';

/**
 * The embedded history: one JSON line per run in one file (`history.jsonl`), kept in a branch or carried
 * by artifacts. Appending adds lines only, so a file in git grows by one line a night and merges cleanly.
 * Every line is read back through the same schema; a bad line is an error naming the file and line.
 */
export class FileHistoryStore implements HistoryStore {
  readonly description: string;

  constructor(readonly path: string) {
    this.description = `history file ${path}`;
  }

  async append(entries: readonly HistoryEntry[]): Promise<number> {
    const known = new Set(this.readAll().map((e) => e.run_id));
    const fresh = entries.filter((e) => {
      if (known.has(e.run_id)) return false;
      known.add(e.run_id);
      return true;
    });
    if (fresh.length > 0) {
      const parsed = fresh.map((e) => historyEntrySchema.parse(e));
      // One write call: a reader never sees half a batch, and O_APPEND keeps writers from overwriting each other.
      try {
        appendFileSync(this.path, parsed.map((e) => `${JSON.stringify(e)}\n`).join(''));
      } catch (error) {
        throw new InputError(`${this.path}: cannot append to the history file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
    }
    return fresh.length;
  }

  async listSeries(): Promise<SeriesKey[]> {
    const series: SeriesKey[] = [];
    for (const entry of this.readAll()) if (!series.some((s) => sameSeries(s, entry.series))) series.push(entry.series);
    return series.sort(compareSeries);
  }

  async runs(series: SeriesKey, options: { last?: number } = {}): Promise<HistoryEntry[]> {
    const runs = this.readAll().filter((e) => sameSeries(e.series, series)).sort(compareEntries);
    return options.last === undefined ? runs : runs.slice(Math.max(0, runs.length - options.last));
  }

  async close(): Promise<void> {}

  /** Every run in the file, the first line of a run_id winning; a missing file is an empty history. */
  private readAll(): HistoryEntry[] {
    if (!existsSync(this.path)) return [];
    return parseHistoryLines(readFileOrFail(this.path, { what: 'the history file' }).toString('utf8'), this.path);
  }
}

/** Parses history.jsonl text; blank lines are allowed, anything else that is not an entry is an error. The first line of a run_id wins. */
export function parseHistoryLines(text: string, path: string): HistoryEntry[] {
  const entries = parseJsonlObjects(text, path, toHistoryEntry, {
    notJson: 'not a JSON line (a history file holds one run per line)',
    notObject: 'not a history entry: the line is not a JSON object (a history file holds one run per line)',
  });
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.run_id) && seen.add(entry.run_id));
}

function toHistoryEntry(row: Record<string, unknown>): HistoryEntry {
  const result = historyEntrySchema.safeParse(row);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`not a history entry: ${issue ? `${issue.path.join('.') || 'the line'}: ${issue.message}` : 'invalid'}`);
}
