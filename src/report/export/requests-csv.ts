import type { RequestRecord } from '../../run-folder/request-record.js';
import type { RequestColumns, RequestRows } from '../../run-folder/request-columns.js';
import { itlsOf, tpotOf } from '../request-series.js';
import { maxOf } from '../stats.js';

/** One row per request (warmup included, flagged), RFC 4180 quoting, times in ms as recorded. */
export const REQUEST_CSV_COLUMNS = [
  'index',
  'id',
  'step',
  'warmup',
  'send_ms',
  'ttft_ms',
  'first_choice_ms',
  'tpot_ms',
  'e2el_ms',
  'close_ms',
  'text_events',
  'itl_max_ms',
  'prompt_tokens',
  'output_tokens',
  'output_tokens_estimated',
  'finish_reason',
  'retries',
  'error_kind',
  'http_status',
  'error_message',
] as const;

/**
 * Quotes a cell when needed; a text cell starting with = + - @ gets a leading ' so spreadsheet
 * programs do not run it as a formula (server error messages are untrusted text).
 */
function cell(value: string | number | boolean | null, text = false): string {
  if (value === null) return '';
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toRequestsCsv(records: RequestRows): string {
  return [...requestsCsvLines(records)].join('');
}

/**
 * The CSV a line at a time (each ending in CRLF), for writing a large run without its whole text: a row
 * of the run's columns is read back whole from its line of requests.jsonl as its CSV line is written.
 */
export function* requestsCsvLines(requests: RequestRows): Generator<string> {
  yield `${REQUEST_CSV_COLUMNS.join(',')}\r\n`;
  if (Array.isArray(requests)) {
    for (const r of requests as readonly RequestRecord[]) yield `${csvRow(r)}\r\n`;
    return;
  }
  const columns = requests as RequestColumns;
  const reader = columns.source.open();
  try {
    for (let r = 0; r < columns.length; r++) yield `${csvRow(reader.record(r))}\r\n`;
  } finally {
    reader.close();
  }
}

function csvRow(r: RequestRecord): string {
  const itl = itlsOf(r);
  const round = (v: number | null): number | null => (v === null ? null : Math.round(v * 1000) / 1000);
  return [
    cell(r.index),
    cell(r.id, true),
    cell(r.step),
    cell(r.warmup),
    cell(r.send_ms),
    cell(r.ttft_ms),
    cell(r.first_choice_ms),
    cell(round(tpotOf(r))),
    cell(r.e2el_ms),
    cell(r.close_ms),
    cell(r.text_event_ms.length),
    cell(itl.length > 0 ? round(maxOf(itl)) : null),
    cell(r.prompt_tokens),
    cell(r.output_tokens),
    cell(r.output_tokens_estimated),
    cell(r.finish_reason, true),
    cell(r.retries),
    cell(r.error?.kind ?? null, true),
    cell(r.error?.status ?? null),
    cell(r.error?.message ?? null, true),
  ].join(',');
}
