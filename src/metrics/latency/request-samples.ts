/**
 * The per-request samples results.json carries for the gate (`request_samples`): TTFT, TPOT and E2EL of
 * each completed request, in the order the requests were sent, so the gate can resample runs of
 * neighbouring requests (docs/gate.md, "The change and its noise").
 */
import type { RequestRecord } from '../../run-folder/request-record.js';
import { columnsFromRecords, selectRows, type RequestColumns } from '../../run-folder/request-columns.js';
import type { RequestSamples } from '../../run-folder/results-document.js';
import { rowLatency } from './per-request.js';

/** Microsecond resolution: below what a stream's timestamps resolve, and it keeps the file small. */
const roundMicro = (ms: number) => Math.round(ms * 1000) / 1000;

export function requestSamples(records: readonly RequestRecord[]): RequestSamples {
  const columns = columnsFromRecords(records);
  return requestSamplesOfRows(columns, selectRows(columns, () => true));
}

/** The samples of the given rows, in send order (ties in send-order index). */
export function requestSamplesOfRows(columns: RequestColumns, rows: Uint32Array): RequestSamples {
  const sent = Uint32Array.from(rows).sort((a, b) => columns.sendMs[a]! - columns.sendMs[b]! || columns.index[a]! - columns.index[b]!);
  const samples: RequestSamples = { ttft_ms: [], tpot_ms: [], e2el_ms: [] };
  for (const row of sent) {
    const latency = rowLatency(columns, row);
    if (latency === null) continue;
    samples.ttft_ms.push(roundMicro(latency.ttft_ms));
    samples.e2el_ms.push(roundMicro(latency.e2el_ms));
    if (latency.tpot_ms !== null) samples.tpot_ms.push(roundMicro(latency.tpot_ms));
  }
  return samples;
}
