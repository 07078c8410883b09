/**
 * Accuracy: the scripted server (own process) writes tokens on a known schedule and logs the epoch time
 * of each write; infergate's measured TTFT / TPOT / E2EL are compared with the server's writes, after
 * aligning the two processes' clocks. Error = measured − truth, where truth uses the client's send time
 * and the server's write times, so it is the delay between a byte being written and infergate stamping it.
 */
import { runLoad } from '../src/load/index.js';
import { clockOffsetMs, getJson, quantiles, startServerProcess } from './load-server-process.js';

interface Emission {
  id: string | null;
  received_epoch_ms: number;
  text_epoch_ms: number[];
}

const TOKENS = 32;

async function accuracyAt(streams: number): Promise<Record<string, unknown>> {
  const server = await startServerProcess(['--shape', 'vllm', '--ttft', '50', '--itl', '10', '--tokens', String(TOKENS)]);
  try {
    const requests = Math.max(streams * 2, 64);
    const prompts = Array.from({ length: requests }, (_, i) => ({ id: `a${i}`, prompt: `accuracy prompt ${i} [[id=a${i}]]` }));
    const { offset_ms, rtt_ms } = await clockOffsetMs(server.url);
    const outcome = await runLoad({
      endpoint: server.url, api: 'chat', model: 'scripted-model', prompts,
      request: { max_tokens: TOKENS, temperature: 0, timeout_ms: 60_000 }, shape: { kind: 'concurrency', concurrency: streams },
      warmup_requests: Math.min(streams, 64),
    });
    const emissions = await getJson<Emission[]>(`${server.url}/debug/emissions`);
    const byId = new Map<string, Emission>();
    for (const e of emissions) if (e.id) byId.set(e.id, e);
    const ttft: number[] = [];
    const e2el: number[] = [];
    const tpot: number[] = [];
    const sendLag: number[] = [];
    const eventLag: number[] = [];
    const epochStart = performance.timeOrigin + outcome.started_ms + offset_ms;
    for (const r of outcome.records) {
      if (r.warmup || r.error) continue;
      const em = byId.get(r.id)!;
      const send = epochStart + r.send_ms;
      const t = em.text_epoch_ms;
      ttft.push(r.ttft_ms! - (t[0]! - send));
      e2el.push(r.e2el_ms! - (t.at(-1)! - send));
      tpot.push((r.e2el_ms! - r.ttft_ms!) / (r.output_tokens! - 1) - (t.at(-1)! - t[0]!) / (t.length - 1));
      sendLag.push(em.received_epoch_ms - send);
      r.text_event_ms.forEach((x, k) => eventLag.push(send + x - t[k]!));
    }
    const failed = outcome.records.filter((r) => r.error).length;
    return {
      streams, requests_measured: ttft.length, failed, clock_rtt_ms: rtt_ms,
      ttft_error_ms: quantiles(ttft), tpot_error_ms: quantiles(tpot), e2el_error_ms: quantiles(e2el),
      every_event_lag_ms: quantiles(eventLag), request_delivery_ms: quantiles(sendLag),
    };
  } finally {
    await server.stop();
  }
}

const out: Record<string, unknown>[] = [];
for (const streams of (process.argv[2] ?? '1,64,512').split(',').map(Number)) out.push(await accuracyAt(streams));
process.stdout.write(`${JSON.stringify({ accuracy: out })}\n`);
