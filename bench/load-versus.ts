/**
 * infergate beside an asyncio + aiohttp client written to vLLM's request-function pattern
 * (aiohttp_client.py, Debian's python3-aiohttp), on the same bench server (load-bench-server.ts: the C
 * server, decode steps by default), one stream count at a time. Server and client each run in a fresh
 * process, pinned to a CPU of their own when `taskset` exists (server CPU 0, client CPU 1), so "per core"
 * is the client's one core.
 *
 * Per client and stream count:
 * - TTFT error including the send lag: the client's TTFT − the server's own (first text write − request
 *   arrived, stamped at the read that completed its head), so whatever lies between the client's stamp
 *   and the request's arrival counts against the client, as does the lag from each write to the client's stamp;
 * - send lag: the request's arrival − the client's send stamp (both CLOCK_MONOTONIC);
 * - CPU per text event: the client process's CPU time over the measured requests / their text events.
 * Streams per core = the largest stream count whose p99 TTFT error is ≤ 5 ms (with every count below it
 * too). A client that misses 5 ms at two counts in a row is not run at larger ones (it cannot count there).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readBare } from './bare-socket-reader.js';
import { quantiles } from './load-server-process.js';
import { SCHEDULE, startBenchServer, type BenchServer } from './load-bench-server.js';
import { traceRequests, writeTrace, type GcPause } from './load-versus-trace.js';

interface ClientRequest {
  id: string;
  send_ms: number;
  /** infergate reports its TTFT; the aiohttp client its text-event stamps. */
  ttft_ms?: number | null;
  text_ms?: number[];
  text_events?: number;
  error: string | null;
}

const TOKENS = 32;
/**
 * Requests measured at a stream count: 16 rounds of every stream, at least 512, so p99 is not one stall's
 * (at 64 streams, 1,024 requests: p99 is the 11th worst, p99.9 the 2nd). A round takes 50 + 31 × 10 ms.
 */
const measuredRequests = (streams: number): number => Math.max(streams * 16, 512);
/** Which server the rows were measured against (the Node one where no C compiler is present). */
let serverKind: BenchServer['kind'] = 'c';
const PINNED = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const pinned = (cpu: number, argv: string[]): [string, string[]] => (PINNED ? ['taskset', ['-c', String(cpu), ...argv]] : [argv[0]!, argv.slice(1)]);

function runClient(client: 'infergate' | 'aiohttp', spec: Record<string, unknown>): Promise<{ requests: ClientRequest[]; cpu_s: number; gc?: GcPause[] }> {
  // BENCH_NODE_FLAGS (e.g. "--trace-opt --trace-deopt") go to the infergate process, its output kept beside the trace.
  const nodeFlags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const argv = client === 'infergate'
    ? [process.execPath, ...nodeFlags, '--import', 'tsx', path.join(import.meta.dirname, 'load-versus-infergate.ts'), JSON.stringify(spec)]
    : [PYTHON, path.join(import.meta.dirname, 'aiohttp_client.py'), JSON.stringify(spec)];
  const [cmd, args] = pinned(1, argv);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    // 'close', not 'exit': 'exit' can come before the last of stdout is read (it did with --trace-opt's output).
    child.on('close', () => {
      if (process.env.BENCH_TRACE) fs.mkdirSync(process.env.BENCH_TRACE, { recursive: true });
      if (process.env.BENCH_TRACE) fs.writeFileSync(path.join(process.env.BENCH_TRACE, `${client}-${String(spec.concurrency)}.stdout`), out);
    });
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`${client} client exited with ${code}`))));
  });
}

async function measure(client: 'infergate' | 'aiohttp', streams: number, itlMs: number): Promise<Record<string, unknown>> {
  const server: BenchServer = await startBenchServer({ ttft_ms: 50, itl_ms: itlMs, tokens: TOKENS, schedule: SCHEDULE }, PINNED ? '0' : undefined);
  serverKind = server.kind;
  try {
    // The Node server is warmed the same way for both clients (its JIT, its sockets), by the bare socket
    // reader, so each client's own warm-up (its default) warms only the client. The C server has no JIT.
    if (server.kind === 'node') await readBare(server.url, Array.from({ length: Math.max(streams * 2, 64) }, (_, i) => `sw${i}`), streams, TOKENS);
    const ids = Array.from({ length: measuredRequests(streams) }, (_, i) => `${client[0]}${i}`);
    // A client that dies (out of file descriptors at 1024 streams, say) fails its row; the bench goes on.
    const result = await runClient(client, { url: client === 'infergate' ? server.url : `${server.url}/v1/chat/completions`, ids, concurrency: streams, max_tokens: TOKENS, warmup: 1 }).catch((err: unknown) => {
      process.stderr.write(`bench: ${(err as Error).message} at ${streams} streams; its row counts every request failed\n`);
      return { requests: ids.map((id): ClientRequest => ({ id, send_ms: 0, error: 'client exited' })), cpu_s: NaN };
    });
    const byId = await server.logs();
    const ttftError: number[] = [];
    const sendLag: number[] = [];
    let events = 0;
    let failed = 0;
    for (const r of result.requests) {
      const em = byId.get(r.id);
      const ttft = r.ttft_ms ?? (r.text_ms?.length ? r.text_ms[0]! - r.send_ms : null);
      events += r.text_events ?? r.text_ms?.length ?? 0;
      if (r.error || !em || ttft === null || em.text_ms.length === 0) {
        failed += 1;
        continue;
      }
      ttftError.push(ttft - (em.text_ms[0]! - em.arrived_ms));
      sendLag.push(em.arrived_ms - r.send_ms);
    }
    const traceDir = process.env.BENCH_TRACE;
    if (traceDir) {
      const traced = result.requests.flatMap((r) => {
        const ttft = r.ttft_ms ?? (r.text_ms?.length ? r.text_ms[0]! - r.send_ms : null);
        return ttft !== null && !r.error ? [{ id: r.id, send_ms: r.send_ms, ttft_ms: ttft }] : [];
      });
      writeTrace(traceDir, `${client}-${streams}`, traceRequests(traced, byId, 'gc' in result ? (result.gc ?? []) : [], itlMs));
    }
    return { client, streams, requests: result.requests.length, failed, ttft_error_ms: quantiles(ttftError), send_lag_ms: quantiles(sendLag), cpu_us_per_event: (result.cpu_s * 1e6) / events, text_events: events };
  } finally {
    await server.stop();
  }
}

const levels = (process.argv[2] ?? '8,16,32,64,128,256,512,1024').split(',').map(Number);
const itlMs = Number(process.argv[3] ?? 10);
const rows: Record<string, unknown>[] = [];
/** Consecutive stream counts at which each client missed 5 ms p99 (or failed). */
const misses = { infergate: 0, aiohttp: 0 };
for (const streams of levels) {
  // Alternated, so a change in the machine's load falls on both clients alike.
  for (const client of ['infergate', 'aiohttp'] as const) {
    if (misses[client] >= 2) continue;
    const row = await measure(client, streams, itlMs);
    rows.push(row);
    const within = (row.failed as number) === 0 && (row.ttft_error_ms as { p99: number }).p99 <= 5;
    misses[client] = within ? 0 : misses[client] + 1;
  }
}
process.stdout.write(`${JSON.stringify({ versus: { pinned: PINNED, server: serverKind, schedule: serverKind === 'c' ? SCHEDULE : 'streams', itl_ms: itlMs, tokens: TOKENS, rows } })}\n`);
