import { DatasetRows, type RowList } from '../dataset/row-store.js';
import type { XsumRow } from '../dataset/xsum-row.js';
import type { RequestRecord } from '../load/index.js';
import type { RecordReader } from '../run-folder/request-columns.js';
import { redactSecrets } from '../util/secrets.js';
import { pairRouge, type PerPairRouge } from './rouge-metrics.js';
import { RowIdIndex } from './row-id-index.js';

export interface Prediction {
  id: string;
  reference: string;
  prediction: string;
  /** Why the prediction is empty, when the request failed or was never sent. */
  error: string | null;
  /** The engine's finish_reason ("stop", "length"), for the quality checks' "no stop where the baseline stopped". */
  finish_reason: string | null;
}

/**
 * Predictions read by position, in dataset order: an array, or the run's, whose texts are read back from
 * requests.jsonl as each is asked for (predictionsFromRecords), so no list of generated texts is held.
 */
export type PredictionList = Pick<readonly Prediction[], 'length' | 'at'>;

const NOT_SENT = 'not sent (the run stopped first)';

/**
 * Which request gives each dataset row its prediction: the row's first measured request (first trial,
 * first sweep step), found while the run's records are read back. One Int32Array entry a row; the index
 * from id to row (a typed table over the rows' own ids, row-id-index.ts) is the only other state, and is
 * dropped once the records are read.
 */
export class FirstMeasuredRequests {
  /** For dataset row i, the row of the run's columns that predicts it, or −1 (never sent). */
  readonly columnRow: Int32Array;
  private positions: RowIdIndex | null;

  constructor(rows: RowList) {
    const idOf = rowIdAccessor(rows);
    this.columnRow = new Int32Array(rows.length).fill(-1);
    // The first row of an id is the one predicted, as a lookup by id finds it.
    this.positions = new RowIdIndex(rows.length, idOf);
  }

  /** Called with each record read back and its row in the columns, in file order. */
  readonly see = (record: RequestRecord, columnRow: number): void => {
    if (record.warmup || (record.trial ?? 0) !== 0 || record.step !== 0) return;
    const position = this.positions?.find(record.id);
    if (position === undefined) return;
    if (this.columnRow[position] === -1) this.columnRow[position] = columnRow;
  };

  /** Every dataset row sharing an id predicts from the same request, as a lookup by id does. */
  done(rows: RowList): Int32Array {
    const positions = this.positions;
    this.positions = null;
    const idOf = rowIdAccessor(rows);
    if (positions) for (let i = 0; i < rows.length; i++) this.columnRow[i] = this.columnRow[positions.find(idOf(i))!]!;
    return this.columnRow;
  }
}

/**
 * Row i's id: the one place the dataset's rows are read for their ids. Rows kept on disk (DatasetRows)
 * read the id alone, without cutting the article as `at` does.
 */
function rowIdAccessor(rows: RowList): (i: number) => string {
  return rows instanceof DatasetRows ? (i) => rows.id(i) : (i) => rows.at(i)!.id;
}

/** The prediction of a dataset row from its request's record (or from none: never sent). */
export function predictionOf(row: XsumRow, record: RequestRecord | undefined): Prediction {
  if (!record) return { id: row.id, reference: row.summary, prediction: '', error: NOT_SENT, finish_reason: null };
  if (record.error) return { id: row.id, reference: row.summary, prediction: record.text ?? '', error: `${record.error.kind}: ${record.error.message}`, finish_reason: record.finish_reason };
  return { id: row.id, reference: row.summary, prediction: record.text, error: null, finish_reason: record.finish_reason };
}

/**
 * One prediction per dataset row, in dataset order: the text of the row's first measured request (first
 * trial, first sweep step). A failed or unsent request gives an empty prediction that scores 0 — counted,
 * never dropped. Each is built when asked for, its record read through `reader`.
 */
export function predictionsFromRecords(rows: RowList, columnRow: Int32Array, reader: RecordReader): PredictionList {
  return {
    length: rows.length,
    at: (i: number): Prediction | undefined => {
      const row = rows.at(i);
      if (row === undefined) return undefined;
      const r = columnRow.at(i)!;
      return predictionOf(row, r >= 0 ? reader.record(r) : undefined);
    },
  };
}

/**
 * predictions.jsonl's lines, one at a time (the file is written without its whole text in memory): each
 * prediction with its per-pair ROUGE F when scored, secrets redacted (a JSON line holds no raw newline,
 * so redacting line by line finds what redacting the whole text would).
 */
export function* predictionLines(predictions: PredictionList, perPairRouge: PerPairRouge | null): Generator<string> {
  for (let i = 0; i < predictions.length; i++) {
    const p = predictions.at(i)!;
    yield `${redactSecrets(JSON.stringify(perPairRouge ? { ...p, rouge: pairRouge(perPairRouge, i) } : p))}\n`;
  }
}
