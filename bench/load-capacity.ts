/**
 * Capacity per core: what one client thread carries, and how the load scales over client threads.
 * 1) Burst: the server writes every token at once (64 streams × 512 tokens per request); figure =
 *    SSE events parsed per second of client CPU time (every thread of the process), completed streams per
 *    CPU second, and events per wall second — with 1 client thread (the streams on the main thread) and
 *    with each count of load threads asked for (load.client_threads, threads/), the scaling as far as the
 *    machine's cores go.
 * 2) Sustained: N concurrent streams at 50 tokens/s each (20 ms apart); figure = the client's CPU share
 *    of one core, its CPU time per text event, and the p99 delay between a token's write and infergate's
 *    timestamp. The same load read by a bare socket reader (bare-socket-reader.ts) gives the CPU per
 *    event any Node client pays on this machine (waking up, reading the socket), for comparison.
 *
 *   load-capacity.ts [SUSTAINED_STREAMS=256,1024 ('' for none)] [CLIENT_THREADS=1,2]
 */
import { runLoad } from '../src/load/index.js';
import { readBare } from './bare-socket-reader.js';
import { clockOffsetMs, getJson, quantiles, startServerProcess } from './load-server-process.js';

/** One burst pass over `prompts`: events, completed and failed streams, client CPU (every thread) and wall seconds. */
async function burstPass(url: string, threads: number, prompts: Array<{ id: string; prompt: string }>): Promise<{ client_threads: number; events: number; ok: number; failed: number; cpuS: number; wallS: number }> {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const outcome = await runLoad({
    endpoint: url, api: 'chat', model: 'm', prompts, request: { max_tokens: 512, temperature: 0, timeout_ms: 60_000 },
    shape: { kind: 'concurrency', concurrency: 64 }, warmup_requests: 0, client_threads: threads,
  });
  const cpu = process.cpuUsage(cpu0);
  const ok = outcome.records.filter((r) => !r.error).length;
  return {
    client_threads: outcome.client_threads, events: outcome.records.reduce((a, r) => a + r.text_event_ms.length, 0), ok,
    failed: outcome.records.length - ok, cpuS: (cpu.user + cpu.system) / 1e6, wallS: (performance.now() - wall0) / 1000,
  };
}

/**
 * The burst over `threads` client threads. Each pass starts its threads afresh (their start, and their
 * JIT warming up, are in its CPU time), so beside the whole pass's figures come the marginal ones: the
 * difference between a 2,000-request pass and a 500-request one, in which the start and the warm-up cancel
 * out, leaving what the threads carry once running.
 */
async function burst(threads: number): Promise<Record<string, unknown>> {
  const server = await startServerProcess(['--shape', 'vllm', '--ttft', '0', '--itl', '0', '--tokens', '512', '--no-record']);
  try {
    const prompts = Array.from({ length: 2000 }, (_, i) => ({ id: `c${i}`, prompt: `capacity ${i}` }));
    await burstPass(server.url, threads, prompts.slice(0, 64));
    const short = await burstPass(server.url, threads, prompts.slice(0, 500));
    const long = await burstPass(server.url, threads, prompts);
    return {
      client_threads: long.client_threads, streams_completed: long.ok, failed: long.failed + short.failed, text_events: long.events, wall_s: long.wallS, client_cpu_s: long.cpuS,
      events_per_cpu_s: long.events / long.cpuS, streams_per_cpu_s: long.ok / long.cpuS, events_per_wall_s: long.events / long.wallS,
      marginal_events_per_cpu_s: (long.events - short.events) / (long.cpuS - short.cpuS),
      marginal_events_per_wall_s: (long.events - short.events) / (long.wallS - short.wallS),
    };
  } finally {
    await server.stop();
  }
}

async function sustained(streams: number): Promise<Record<string, unknown>> {
  const server = await startServerProcess(['--shape', 'vllm', '--ttft', '20', '--itl', '20', '--tokens', '100']);
  try {
    const prompts = Array.from({ length: streams * 2 }, (_, i) => ({ id: `s${i}`, prompt: `sustained ${i} [[id=s${i}]]` }));
    const { offset_ms } = await clockOffsetMs(server.url);
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    const outcome = await runLoad({ endpoint: server.url, api: 'chat', model: 'm', prompts, request: { max_tokens: 100, temperature: 0, timeout_ms: 120_000 }, shape: { kind: 'concurrency', concurrency: streams }, warmup_requests: 0 });
    const cpu = process.cpuUsage(cpu0);
    const wallS = (performance.now() - wall0) / 1000;
    const emissions = await getJson<Array<{ id: string; text_epoch_ms: number[] }>>(`${server.url}/debug/emissions`);
    const byId = new Map(emissions.map((e) => [e.id, e]));
    const lag: number[] = [];
    const epochStart = performance.timeOrigin + outcome.started_ms + offset_ms;
    // Skip the first round: connection set-up and JIT warm-up.
    for (const r of outcome.records.filter((x) => !x.error && x.index >= streams)) {
      const t = byId.get(r.id)!.text_epoch_ms;
      r.text_event_ms.forEach((x, k) => lag.push(epochStart + r.send_ms + x - t[k]!));
    }
    const events = outcome.records.reduce((a, r) => a + r.text_event_ms.length, 0);
    return {
      streams, failed: outcome.records.filter((r) => r.error).length, events_per_wall_s: events / wallS,
      client_cpu_share_of_one_core: (cpu.user + cpu.system) / 1e6 / wallS, cpu_us_per_event: (cpu.user + cpu.system) / events,
      bare_reader_cpu_us_per_event: await bareCpuPerEvent(streams), event_lag_ms: quantiles(lag),
    };
  } finally {
    await server.stop();
  }
}

/** CPU µs per text event of the bare socket reader over the same load (first round excluded, as above). */
async function bareCpuPerEvent(streams: number): Promise<number> {
  const server = await startServerProcess(['--shape', 'vllm', '--ttft', '20', '--itl', '20', '--tokens', '100', '--no-record']);
  try {
    await readBare(server.url, Array.from({ length: streams }, (_, i) => `w${i}`), streams, 100);
    const cpu0 = process.cpuUsage();
    const stamps = await readBare(server.url, Array.from({ length: streams * 2 }, (_, i) => `b${i}`), streams, 100);
    const cpu = process.cpuUsage(cpu0);
    let events = 0;
    for (const s of stamps.values()) events += s.length;
    return (cpu.user + cpu.system) / events;
  } finally {
    await server.stop();
  }
}

const sustainedStreams = (process.argv[2] ?? '256,1024').split(',').filter(Boolean).map(Number);
const threadCounts = (process.argv[3] ?? '1,2').split(',').map(Number);
const result: Record<string, unknown> = { burst: await burst(1), sustained: [] as unknown[], threads: [] as unknown[] };
for (const n of threadCounts.filter((t) => t > 1)) (result.threads as unknown[]).push(await burst(n));
for (const n of sustainedStreams) (result.sustained as unknown[]).push(await sustained(n));
process.stdout.write(`${JSON.stringify({ capacity: result })}\n`);
