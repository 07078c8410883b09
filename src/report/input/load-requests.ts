import type { RequestRecord } from '../../run-folder/request-record.js';
import { num, numOrNull, readJsonl, str } from './read-jsonl.js';

/**
 * requests.jsonl → RequestRecord[]. Checks the fields the report reads and keeps the rest as written;
 * a missing or mistyped one is an input error naming the line.
 */
export function loadRequests(file: string): RequestRecord[] | null {
  return readJsonl(file, (row) => {
    const events = row.text_event_ms ?? [];
    if (!Array.isArray(events) || events.some((e) => typeof e !== 'number')) {
      throw new Error('"text_event_ms" must be an array of numbers');
    }
    const error = row.error ?? null;
    if (error !== null && (typeof error !== 'object' || typeof (error as { kind?: unknown }).kind !== 'string')) {
      throw new Error('"error" must be null or an object with a "kind"');
    }
    return {
      ...(row as unknown as RequestRecord),
      id: str(row, 'id'),
      index: num(row, 'index'),
      warmup: row.warmup === true,
      step: typeof row.step === 'number' ? row.step : 0,
      send_ms: num(row, 'send_ms'),
      ttft_ms: numOrNull(row, 'ttft_ms'),
      first_choice_ms: numOrNull(row, 'first_choice_ms'),
      e2el_ms: numOrNull(row, 'e2el_ms'),
      close_ms: numOrNull(row, 'close_ms'),
      text_event_ms: events as number[],
      prompt_tokens: numOrNull(row, 'prompt_tokens'),
      output_tokens: numOrNull(row, 'output_tokens'),
      text: typeof row.text === 'string' ? row.text : '',
      output_tokens_estimated: row.output_tokens_estimated === true,
      finish_reason: typeof row.finish_reason === 'string' ? row.finish_reason : null,
      retries: typeof row.retries === 'number' ? row.retries : 0,
      error: error as RequestRecord['error'],
    };
  });
}
