/**
 * The per-request samples results.json carries for the gate (`request_samples`): TTFT, TPOT and E2EL of
 * each completed request, in the order the requests were sent, so the gate can resample runs of
 * neighbouring requests (docs/gate.md, "The change and its noise").
 */
import type { RequestRecord } from '../../run-folder/request-record.js';
import type { RequestSamples } from '../../run-folder/results-document.js';
import { requestLatency } from './per-request.js';

/** Microsecond resolution: below what a stream's timestamps resolve, and it keeps the file small. */
const roundMicro = (ms: number) => Math.round(ms * 1000) / 1000;

export function requestSamples(records: readonly RequestRecord[]): RequestSamples {
  const sent = [...records].sort((a, b) => a.send_ms - b.send_ms || a.index - b.index);
  const samples: RequestSamples = { ttft_ms: [], tpot_ms: [], e2el_ms: [] };
  for (const record of sent) {
    const latency = requestLatency(record);
    if (latency === null) continue;
    samples.ttft_ms.push(roundMicro(latency.ttft_ms));
    samples.e2el_ms.push(roundMicro(latency.e2el_ms));
    if (latency.tpot_ms !== null) samples.tpot_ms.push(roundMicro(latency.tpot_ms));
  }
  return samples;
}
