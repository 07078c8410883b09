/**
 * What the report shows of predictions.jsonl, gathered a line at a time: per ROUGE type the documents' F
 * (a number a document), the lowest-scoring predictions (a few, whole), and the failed ones (id, error,
 * reference; the first FAILED_LISTED of them, and their count). The run builds it as it writes the file, so the report never reads the file back; `infergate
 * report` folds the file's rows into it. No list of every prediction's text is kept.
 */
import { predictionRow, readPredictionsFile, type PredictionRow } from './predictions-file.js';

/** Rows of the "lowest" table. */
export const WORST_COUNT = 8;

/**
 * Failed predictions the report lists by name (the first, in file order); the rest are counted. A run
 * whose engine fails every request would otherwise hold, and print, one entry a request.
 */
export const FAILED_LISTED = 50;

/** A failed prediction as the report lists it. */
export type FailedPrediction = Pick<PredictionRow, 'id' | 'error' | 'reference'>;

export interface PredictionSummary {
  /** Every per-document ROUGE type any row carries, sorted. */
  keys: string[];
  /** Per type, the F of each row that carries it, in file order. */
  scores: Record<string, number[]>;
  /** Per type, the WORST_COUNT rows of lowest F (ties in file order), and the types those rows' peers carry. */
  lowest: Record<string, { rows: PredictionRow[]; keys: string[] }>;
  /** The first FAILED_LISTED failed predictions, in file order. */
  failed: FailedPrediction[];
  /** How many predictions failed in all. */
  failedCount: number;
}

export class PredictionSummaryBuilder {
  private readonly scores = new Map<string, number[]>();
  private readonly lowest = new Map<string, { rows: PredictionRow[]; keys: Set<string> }>();
  private readonly failed: FailedPrediction[] = [];
  private failedCount = 0;

  add(row: PredictionRow): void {
    const rouge = row.rouge ?? {};
    const types = Object.keys(rouge);
    for (const type of types) {
      const score = rouge[type]!;
      let column = this.scores.get(type);
      if (!column) this.scores.set(type, (column = []));
      column.push(score);
      let rank = this.lowest.get(type);
      if (!rank) this.lowest.set(type, (rank = { rows: [], keys: new Set() }));
      for (const t of types) rank.keys.add(t);
      // After every kept row of the same or a lower score: a stable sort's order.
      let at = rank.rows.length;
      while (at > 0 && rank.rows[at - 1]!.rouge![type]! > score) at--;
      if (at < WORST_COUNT) {
        rank.rows.splice(at, 0, row);
        if (rank.rows.length > WORST_COUNT) rank.rows.pop();
      }
    }
    if (row.error === null) return;
    this.failedCount += 1;
    if (this.failed.length < FAILED_LISTED) this.failed.push({ id: row.id, error: row.error, ...(row.reference !== undefined ? { reference: row.reference } : {}) });
  }

  build(): PredictionSummary {
    const keys = [...this.scores.keys()].sort();
    return {
      keys,
      scores: Object.fromEntries(keys.map((k) => [k, this.scores.get(k)!])),
      lowest: Object.fromEntries(keys.map((k) => [k, { rows: this.lowest.get(k)!.rows, keys: [...this.lowest.get(k)!.keys].sort() }])),
      failed: this.failed,
      failedCount: this.failedCount,
    };
  }
}

/** The summary of a predictions.jsonl on disk (`infergate report`), through the one reader. */
export function summarizePredictionsFile(path: string): PredictionSummary {
  const builder = new PredictionSummaryBuilder();
  for (const row of readPredictionsFile(path)) builder.add(row);
  return builder.build();
}

/**
 * predictions.jsonl's lines as they are written, each also folded into `builder` as the reader would
 * parse it. A line the reader would refuse leaves the summary unset (null): the report then reads the
 * file and says what is wrong with it, as it does for any folder.
 */
export function* summarizingLines(lines: Iterable<string>, done: (summary: PredictionSummary | null) => void): Generator<string> {
  const builder = new PredictionSummaryBuilder();
  let readable = true;
  for (const line of lines) {
    if (readable) {
      try {
        builder.add(predictionRow(JSON.parse(line) as Record<string, unknown>));
      } catch {
        readable = false;
      }
    }
    yield line;
  }
  done(readable ? builder.build() : null);
}
