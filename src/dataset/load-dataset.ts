import type { BenchmarkConfig } from '../config/benchmark-config.js';
import type { Containment } from '../config/path-containment.js';
import { InputError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { RowsChecksum } from './checksum.js';
import { listDataFiles, type DataFormat } from './data-files.js';
import { ensureHubTestSplit } from './hub-download.js';
import { readCsvRows } from './read-csv.js';
import { readJsonlRows, readJsonRows } from './read-json.js';
import { readSummaryFile } from './read-summary-file.js';
import { FirstPlaces, IdSet } from './id-set.js';
import { cutRow, DatasetRows } from './row-store.js';
import { selectRows } from './select-rows.js';
import { checkRow, type RawRow, type RowSpan, type SkipReason, type XsumRow } from './xsum-row.js';

export interface LoadedDataset {
  source: string;
  /**
   * The rows used, in order, each read back by position when asked for (row-store.ts): its id, its article
   * cut to prompt.max_article_words (when given) and its summary. No row is held as strings for the run.
   */
  rows: DatasetRows;
  rows_read: number;
  rows_usable: number;
  rows_skipped: Partial<Record<SkipReason, number>>;
  /** The first few skipped rows, "file:line: reason", so a user can find them. */
  skipped_examples: string[];
  /** rowsChecksum of the rows used as the file holds them (whole articles), in order. */
  checksum: string;
  /** Articles of the rows used that were longer than prompt.max_article_words, and were cut to it. */
  truncated: number;
}

/** What the dataset stage reads of the configuration; without `prompt`, articles are kept whole. */
export type DatasetSettings = Pick<BenchmarkConfig, 'data_path' | 'task_nums' | 'dataset'> & { prompt?: Pick<BenchmarkConfig['prompt'], 'max_article_words'> };

/** The reader's own rows, not a generator around them: a delegating generator would add a promise a row. */
function rowsOf(path: string, format: DataFormat): AsyncIterable<RawRow> | Iterable<RawRow> {
  if (format === 'csv') return readCsvRows(path);
  if (format === 'jsonl') return readJsonlRows(path);
  if (format === 'json') return readJsonRows(path);
  return [readSummaryFile(path)];
}

/**
 * The rows kept as the one pass over the files reads them, by position (a JSON Lines row) or packed
 * (row-store.ts). The first task_nums usable rows are hashed and counted as cut as they come, and only
 * they are kept; a seeded sample keeps every usable row's position (or packed row, whole) until it is
 * drawn, then reads the drawn rows back to hash them.
 */
class KeptRows {
  truncated = 0;
  usable = 0;
  private readonly rows: DatasetRows;
  private readonly checksum = new RowsChecksum();

  constructor(private readonly settings: DatasetSettings) {
    this.rows = new DatasetRows(settings.prompt?.max_article_words);
  }

  add(row: XsumRow, file: string, span: RowSpan | undefined): void {
    this.usable++;
    const sampled = this.settings.dataset.sample === 'random';
    if (!sampled && this.rows.length >= this.settings.task_nums) return;
    let kept = row;
    if (!sampled) {
      this.checksum.add(row);
      const cut = cutRow(row, this.settings.prompt?.max_article_words);
      if (cut.truncated) this.truncated++;
      kept = cut.row;
    }
    if (span) this.rows.addSpan(file, span);
    else this.rows.addPacked(kept);
  }

  /** The rows used, with the checksum of the rows as read. */
  finish(): { rows: DatasetRows; checksum: string } {
    const { sample, seed } = this.settings.dataset;
    if (sample !== 'random') return { rows: this.rows, checksum: this.checksum.digest() };
    const all = Array.from({ length: this.rows.length }, (_, i) => i);
    const drawn = this.rows.subset(selectRows(all, this.settings.task_nums, sample, seed));
    const checksum = new RowsChecksum();
    for (let i = 0; i < drawn.length; i++) {
      const row = drawn.whole(i);
      checksum.add(row);
      if (cutRow(row, this.settings.prompt?.max_article_words).truncated) this.truncated++;
    }
    return { checksum: checksum.digest(), rows: drawn };
  }
}

/**
 * Reads data_path (or the cached hub split), checks every row, and takes task_nums of the usable ones,
 * in one pass over the files. `signal` cancels a hub download (the caller records the interruption).
 */
export async function loadDataset(config: DatasetSettings, log: Logger, signal?: AbortSignal, containment: Containment = { allowOutside: true }): Promise<LoadedDataset> {
  const source = config.data_path ?? (await ensureHubTestSplit(config.dataset.hub_url, config.dataset.cache_dir, log, signal));
  const kept = new KeptRows(config);
  const skipped: Partial<Record<SkipReason, number>> = {};
  const examples: string[] = [];
  const seen = new IdSet();
  const places = new FirstPlaces();
  let read = 0;
  for (const file of listDataFiles(source, 'data_path', containment)) {
    for await (const raw of rowsOf(file.path, file.format)) {
      read++;
      let checked = checkRow(raw);
      const earlier = typeof checked === 'string' ? -1 : seen.add(checked.id);
      if (earlier >= 0) checked = 'duplicate_id';
      if (typeof checked === 'string') {
        skipped[checked] = (skipped[checked] ?? 0) + 1;
        const also = earlier >= 0 ? ` (first at ${places.where(earlier)})` : '';
        if (examples.length < 5) examples.push(`${raw.where}: ${checked.replace('_', ' ')}${also}`);
        continue;
      }
      places.add(raw.where);
      kept.add(checked, file.path, raw.span);
    }
  }
  const usable = kept.usable;
  const skippedCount = Object.values(skipped).reduce((a, b) => a + (b ?? 0), 0);
  if (usable === 0) throw new InputError(`${source}: no usable XSum rows (${read} read, ${skippedCount} unusable; first: ${examples[0] ?? 'none'})`);
  if (skippedCount > 0) {
    const counts = Object.entries(skipped).map(([reason, n]) => `${n} ${reason.replace('_', ' ')}`).join(', ');
    log.warn(`${source}: ${skippedCount} of ${read} rows cannot be used (${counts}); first: ${examples[0]}`);
  }
  if (usable < config.task_nums) {
    log.warn(`task_nums is ${config.task_nums} but ${source} has only ${usable} usable rows: using ${usable}`);
  }
  const { rows, checksum } = kept.finish();
  return { source, rows, rows_read: read, rows_usable: usable, rows_skipped: skipped, skipped_examples: examples, checksum, truncated: kept.truncated };
}
