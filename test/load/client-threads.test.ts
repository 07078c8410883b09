/**
 * The load's streams owned by worker threads (load.client_threads), against the scripted server: the same
 * records as one thread, the global concurrency cap across threads counted by the server, one clock for
 * every thread's stamps, a thread that dies, and an interrupt. No wall-clock margin: every check is an
 * order of events (the server's log and the records on one clock) or a count.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad, type LoadOutcome, type LoadShape } from '../../src/load/index.js';
import type { RequestRecord } from '../../src/run-folder/request-record.js';
import { RequestsJsonlWriter } from '../../src/run-folder/requests-jsonl-writer.js';
import { sourceEntry } from '../../src/load/threads/thread-entry.js';
import { RunError } from '../../src/util/errors.js';
import { startScriptedServer, type Emission, type ScriptedServer } from '../support/scripted-server.js';
import { CRASH_MARKER } from '../support/crash-marker.js';

/** Records are rounded to 1 µs; an epoch in ms near 1.8e12 holds about 0.2 µs. */
const ROUNDING_MS = 0.002;

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer({ shape: 'vllm' });
});
afterAll(async () => {
  await server.close();
});

function prompts(n: number, tag: string, directive = 'tokens=4 ttft=5 itl=2'): Array<{ id: string; prompt: string }> {
  return Array.from({ length: n }, (_, i) => ({ id: `${tag}-${i}`, prompt: `item ${i} [[id=${tag}-${i} ${directive}]]` }));
}

async function run(shape: LoadShape, list: Array<{ id: string; prompt: string }>, threads: number, warmup = 0, extra: { onRecord?: (r: RequestRecord) => void; signal?: AbortSignal } = {}): Promise<LoadOutcome> {
  server.clear();
  return runLoad({
    endpoint: server.url, api: 'completions', model: 'scripted-model', prompts: list,
    request: { max_tokens: 16, temperature: 0, timeout_ms: 30_000 }, shape, warmup_requests: warmup, client_threads: threads, ...extra,
  });
}

/** The most requests the server had open at once, from its own log of arrivals and ends. */
function peakOpen(emissions: Emission[]): number {
  const edges = emissions.flatMap((e) => [[e.arrived_epoch_ms, 1], [e.end_epoch_ms!, -1]] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let peak = 0;
  for (const [, step] of edges) peak = Math.max(peak, (open += step));
  return peak;
}

const key = (r: RequestRecord): string => `${r.id}/${r.warmup}/${r.step}`;

describe('client threads', () => {
  it('2 threads give the records of 1 thread: the same ids, every request once, indices 0..n-1', async () => {
    const list = prompts(24, 'same');
    const one = await run({ kind: 'concurrency', concurrency: 4 }, list, 1, 6);
    const two = await run({ kind: 'concurrency', concurrency: 4 }, list, 2, 6);
    expect(one.client_threads).toBe(1);
    expect(two.client_threads).toBe(2);
    expect(two.records).toHaveLength(30);
    expect(two.records.map(key).sort()).toEqual(one.records.map(key).sort());
    expect(two.records.map((r) => r.index).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(two.records.every((r) => r.error === null && r.output_tokens === 4)).toBe(true);
    // The server saw each measured request once.
    const measured = server.emissions.slice(-24).map((e) => e.id).sort();
    expect(measured).toEqual(list.map((p) => p.id).sort());
  });

  it('failures and retries are recorded on threads as on one thread', async () => {
    const faults = ['', 'fault=status:503', 'fault=reset@2', 'fault=close_before_response', 'fault=garbage@1', 'fault=no_text', ''];
    // The server counts attempts by id (close_before_response fails the first only): each run its own ids.
    const list = (tag: string) => faults.map((fault, i) => ({ id: `${tag}-${i}`, prompt: `item ${i} [[id=${tag}-${i} tokens=4 ttft=5 itl=2 ${fault}]]` }));
    // A reset after two tokens may drop tokens the client had not read yet (the kernel discards them with
    // the connection), so that request's token count depends on timing, on one thread as on two: it is held
    // to at most the two sent (below), and every other request's count must match exactly.
    const RESET = 'f-2';
    const outcomeOf = (o: LoadOutcome) =>
      Object.fromEntries(o.records.map((r) => {
        const key = `f-${r.id.split('-')[1]}`;
        return [key, { error: r.error?.kind ?? null, retries: r.retries, tokens: key === RESET ? 'at most 2 (below)' : r.text_event_ms.length }];
      }));
    const one = await run({ kind: 'concurrency', concurrency: 3 }, list('f1'), 1);
    const two = await run({ kind: 'concurrency', concurrency: 3 }, list('f2'), 2);
    expect(two.client_threads).toBe(2);
    expect(outcomeOf(two)).toEqual(outcomeOf(one));
    expect(outcomeOf(two)['f-3']).toEqual({ error: null, retries: 1, tokens: 4 });
    expect(two.failures_by_kind).toEqual(one.failures_by_kind);
    for (const o of [one, two]) expect(o.records.find((r) => r.id.endsWith('-2'))!.text_event_ms.length).toBeLessThanOrEqual(2);
  });

  it('the concurrency cap holds across threads, as the server counts open requests', async () => {
    const list = prompts(18, 'cap', 'tokens=6 ttft=5 itl=3');
    expect((await run({ kind: 'concurrency', concurrency: 5 }, list, 3)).client_threads).toBe(3);
    expect(peakOpen(server.emissions)).toBe(5);
    // An open loop far faster than the server, capped at 3: every arrival finds the cap full.
    const capped = await run({ kind: 'rate', rate_rps: 100_000, arrival: 'poisson', max_concurrency: 3, seed: 1 }, prompts(18, 'rcap', 'tokens=6 ttft=5 itl=3'), 2);
    expect(capped.client_threads).toBe(2);
    expect(peakOpen(server.emissions)).toBe(3);
  });

  it('every thread stamps on the main thread\'s clock: each send precedes its arrival at the server, each close follows its end', async () => {
    // One request at a time, alternating between the two threads (request i on thread i mod 2).
    const outcome = await run({ kind: 'rate', rate_rps: 100_000, arrival: 'poisson', max_concurrency: 1, seed: 2 }, prompts(10, 'clock'), 2);
    expect(outcome.client_threads).toBe(2);
    const epochStart = performance.timeOrigin + outcome.started_ms;
    const bySend = [...outcome.records].sort((a, b) => a.send_ms - b.send_ms);
    expect(bySend.map((r) => r.id)).toEqual(server.emissions.map((e) => e.id));
    for (const r of outcome.records) {
      const e = server.emissionById(r.id)!;
      expect(epochStart + r.send_ms).toBeLessThanOrEqual(e.arrived_epoch_ms + ROUNDING_MS);
      expect(epochStart + r.send_ms + r.close_ms!).toBeGreaterThanOrEqual(e.end_epoch_ms! - ROUNDING_MS);
      expect(epochStart + r.send_ms + r.ttft_ms!).toBeGreaterThanOrEqual(e.text_epoch_ms[0]! - ROUNDING_MS);
    }
  });

  it('a thread that dies fails the run with one sentence, and the records completed before are kept', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'infergate-threads-'));
    const writer = new RequestsJsonlWriter(path.join(dir, 'requests.jsonl'));
    const list = prompts(6, 'crash');
    list[3]!.prompt += ` ${CRASH_MARKER}`;
    const entry = sourceEntry(new URL('../support/crashing-load-thread.ts', import.meta.url).href);
    const failure = await runLoad({
      endpoint: server.url, api: 'completions', model: 'scripted-model', prompts: list,
      request: { max_tokens: 16, temperature: 0, timeout_ms: 30_000 }, shape: { kind: 'concurrency', concurrency: 1 }, warmup_requests: 0,
      client_threads: 2, onRecord: writer.append,
    }, { thread_entry: entry }).then(() => null, (err: unknown) => err);
    writer.close();
    expect(failure).toBeInstanceOf(RunError);
    expect((failure as Error).message).toBe('load: client thread 1 of 2 stopped unexpectedly (Error: scripted crash, exit code 1); ' +
      'the load was stopped, 1 request it had in flight has no record, and the 3 records completed before the stop were kept');
    const kept = fs.readFileSync(writer.file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as RequestRecord);
    expect(kept.map((r) => r.id)).toEqual(['crash-0', 'crash-1', 'crash-2']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a thread that cannot start fails the run with one sentence before any request is sent', async () => {
    server.clear();
    const entry = sourceEntry(new URL('../support/no-such-load-thread.ts', import.meta.url).href);
    const failure = await runLoad({
      endpoint: server.url, api: 'completions', model: 'scripted-model', prompts: prompts(4, 'nostart'),
      request: { max_tokens: 16, temperature: 0, timeout_ms: 30_000 }, shape: { kind: 'concurrency', concurrency: 2 }, warmup_requests: 0, client_threads: 2,
    }, { thread_entry: entry }).then(() => null, (err: unknown) => err);
    expect(failure).toBeInstanceOf(RunError);
    expect((failure as Error).message).toMatch(/^load: client thread [12] of 2 stopped unexpectedly \(Error: Cannot find module .*no-such-load-thread\.ts.*\) as it started; no request was sent$/);
    expect((failure as Error).message.split('\n')).toHaveLength(1);
    expect(server.received).toHaveLength(0);
  });

  it('an interrupt stops every thread: what was in flight is recorded as aborted, nothing more is sent', async () => {
    const stop = new AbortController();
    let arrivals = 0;
    const slow = await startScriptedServer({ shape: 'vllm', onArrival: (_m, p) => { if (p.includes('completions') && ++arrivals === 4) stop.abort(); } });
    try {
      const records: RequestRecord[] = [];
      const outcome = await runLoad({
        endpoint: slow.url, api: 'completions', model: 'scripted-model', prompts: prompts(12, 'int', 'tokens=400 ttft=5 itl=50'),
        request: { max_tokens: 400, temperature: 0, timeout_ms: 600_000 }, shape: { kind: 'concurrency', concurrency: 4 }, warmup_requests: 0,
        client_threads: 2, signal: stop.signal, onRecord: (r) => records.push(r),
      });
      expect(outcome.interrupted).toBe(true);
      expect(outcome.client_threads).toBe(2);
      expect(records).toHaveLength(4);
      expect(records.every((r) => r.error?.kind === 'aborted')).toBe(true);
      expect(slow.received.filter((r) => r.path.includes('completions'))).toHaveLength(4);
    } finally {
      await slow.close();
    }
  });
});
