import type { BenchmarkConfig } from '../config/benchmark-config.js';
import type { Containment } from '../config/path-containment.js';
import { InputError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { rowsChecksum } from './checksum.js';
import { listDataFiles, type DataFormat } from './data-files.js';
import { ensureHubTestSplit } from './hub-download.js';
import { readCsvRows } from './read-csv.js';
import { readJsonlRows, readJsonRows } from './read-json.js';
import { readSummaryFile } from './read-summary-file.js';
import { selectRows } from './select-rows.js';
import { checkRow, type RawRow, type SkipReason, type XsumRow } from './xsum-row.js';

export interface LoadedDataset {
  source: string;
  rows: XsumRow[];
  rows_read: number;
  rows_usable: number;
  rows_skipped: Partial<Record<SkipReason, number>>;
  /** The first few skipped rows, "file:line: reason", so a user can find them. */
  skipped_examples: string[];
  checksum: string;
}

async function* rowsOf(path: string, format: DataFormat): AsyncGenerator<RawRow> {
  if (format === 'csv') yield* readCsvRows(path);
  else if (format === 'jsonl') yield* readJsonlRows(path);
  else if (format === 'json') yield* readJsonRows(path);
  else yield readSummaryFile(path);
}

/**
 * Reads data_path (or the cached hub split), checks every row, and takes task_nums of the usable ones.
 * `signal` cancels a hub download (the caller records the interruption).
 */
export async function loadDataset(config: Pick<BenchmarkConfig, 'data_path' | 'task_nums' | 'dataset'>, log: Logger, signal?: AbortSignal, containment: Containment = { allowOutside: true }): Promise<LoadedDataset> {
  const source = config.data_path ?? (await ensureHubTestSplit(config.dataset.hub_url, config.dataset.cache_dir, log, signal));
  const usable: XsumRow[] = [];
  const skipped: Partial<Record<SkipReason, number>> = {};
  const examples: string[] = [];
  const seen = new Set<string>();
  let read = 0;
  for (const file of listDataFiles(source, 'data_path', containment)) {
    for await (const raw of rowsOf(file.path, file.format)) {
      read++;
      let checked = checkRow(raw);
      if (typeof checked !== 'string' && seen.has(checked.id)) checked = 'duplicate_id';
      if (typeof checked === 'string') {
        skipped[checked] = (skipped[checked] ?? 0) + 1;
        if (examples.length < 5) examples.push(`${raw.where}: ${checked.replace('_', ' ')}`);
        continue;
      }
      seen.add(checked.id);
      usable.push(checked);
    }
  }
  const skippedCount = Object.values(skipped).reduce((a, b) => a + (b ?? 0), 0);
  if (usable.length === 0) throw new InputError(`${source}: no usable XSum rows (${read} read, ${skippedCount} unusable; first: ${examples[0] ?? 'none'})`);
  if (skippedCount > 0) {
    const counts = Object.entries(skipped).map(([reason, n]) => `${n} ${reason.replace('_', ' ')}`).join(', ');
    log.warn(`${source}: ${skippedCount} of ${read} rows cannot be used (${counts}); first: ${examples[0]}`);
  }
  if (usable.length < config.task_nums) {
    log.warn(`task_nums is ${config.task_nums} but ${source} has only ${usable.length} usable rows: using ${usable.length}`);
  }
  const rows = selectRows(usable, config.task_nums, config.dataset.sample, config.dataset.seed);
  return { source, rows, rows_read: read, rows_usable: usable.length, rows_skipped: skipped, skipped_examples: examples, checksum: rowsChecksum(rows) };
}
