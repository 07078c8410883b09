/**
 * The CPU part of `npm run bench:load -- --parts cpu`: what each client spends per text event reading the
 * same streams from the C bench server (sse-server.c, decode steps: every running stream gets its token
 * in one pass every 10 ms), decomposed, at each stream count. Clients, each in a fresh process pinned to
 * CPU 1 (the server on CPU 0) when taskset exists:
 * - infergate: runLoad, the product's default warm-up, records streamed (load-cpu-client.ts);
 * - aiohttp: vLLM's request pattern (aiohttp_client.py via aiohttp_cpu_client.py), at every count,
 *   whatever its latency there (this part measures CPU only);
 * - bare Node: keep-alive sockets read through net's onread into one buffer, counting text events, no
 *   HTTP/SSE/JSON (bare-keepalive-reader.ts): the floor of any Node client that reads each write;
 * - C: one epoll thread reading keep-alive connections and counting text events (sse-reader.c): the
 *   floor of any client that reads each write.
 * Each client warms up, then blocks at a mark while this process samples /proc (proc-cpu.ts), runs the
 * measured requests, and blocks at a second mark. Over that window, per text event: CPU (every thread's,
 * exact; split into user and system by the kernel's tick sampling),
 * the main thread's CPU and every other thread's; the main thread's voluntary context switches (each one
 * a sleep in epoll_wait and a wake-up), so wake-ups per second and text events per wake-up.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { compiledC, startBenchServer } from './load-bench-server.js';
import { cpuWindow, sampleProc, type CpuWindow, type ProcSample } from './proc-cpu.js';

const CLIENTS = ['infergate', 'aiohttp', 'bare-node', 'c'] as const;
type Client = (typeof CLIENTS)[number];
const TOKENS = 32;
const ITL_MS = 10;
const PINNED = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
/** BENCH_CPU_NODE_FLAGS (e.g. "--single-threaded-gc"): V8/Node flags for the two Node clients, to see where their CPU goes. */
const NODE_FLAGS = (process.env.BENCH_CPU_NODE_FLAGS ?? '').split(' ').filter((f) => f !== '');
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

function clientArgv(client: Client, url: string, streams: number, ids: string[], prerun: number): string[] {
  // infergate's default warm-up is 32 requests (after its prerun); the others match it.
  const warm = Math.max(32, streams) + prerun;
  const spec = { url, ids, concurrency: streams, max_tokens: TOKENS, prerun };
  switch (client) {
    case 'infergate':
    case 'bare-node':
      return [process.execPath, ...NODE_FLAGS, '--import', 'tsx', path.join(import.meta.dirname, 'load-cpu-client.ts'), JSON.stringify({ ...spec, client: client === 'infergate' ? 'infergate' : 'bare' })];
    case 'aiohttp':
      return [PYTHON, path.join(import.meta.dirname, 'aiohttp_cpu_client.py'), JSON.stringify({ ...spec, url: `${url}/v1/chat/completions`, warmup: warm })];
    case 'c': {
      const binary = compiledC('sse-reader');
      if (!binary) throw new Error('no C compiler for bench/sse-reader.c');
      const port = new URL(url).port;
      return [binary, '--port', port, '--streams', String(streams), '--requests', String(ids.length), '--warmup', String(warm), '--tokens', String(TOKENS)];
    }
  }
}

/** Runs one client to its end; the /proc window between its two marks, and its last line (JSON). */
function runClient(argv: string[]): Promise<{ window: CpuWindow; result: { text_events: number; failed?: number } }> {
  const [cmd, ...args] = PINNED ? ['taskset', '-c', '1', ...argv] : argv;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd!, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    let start: { sample: ProcSample; at: number } | null = null;
    let window: CpuWindow | null = null;
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      for (let nl = out.indexOf('\n'); nl >= 0 && out.startsWith('mark\n'); nl = out.indexOf('\n')) {
        out = out.slice(nl + 1);
        // taskset execs the client, so the child's pid is the client's.
        const sample = sampleProc(child.pid!);
        const at = performance.now();
        if (start === null) start = { sample, at };
        else window = cpuWindow(start.sample, sample, (at - start.at) / 1000);
        child.stdin.write('\n');
      }
    });
    child.on('exit', (code) => {
      if (code !== 0 || window === null) return reject(new Error(`${path.basename(argv[1] ?? argv[0]!)} exited with ${code}`));
      resolve({ window, result: JSON.parse(out.trim().split('\n').at(-1)!) });
    });
  });
}

async function measure(client: Client, streams: number, prerun: number): Promise<Record<string, unknown>> {
  const server = await startBenchServer({ ttft_ms: 50, itl_ms: ITL_MS, tokens: TOKENS, schedule: 'steps' }, PINNED ? '0' : undefined);
  try {
    // Enough measured requests that the 10 ms clock ticks behind the user/system split are a small part
    // (the kernel splits the exact total by which mode each tick found the process in).
    const ids = Array.from({ length: Math.max(streams * 8, 256) }, (_, i) => `${client[0]}${i}`);
    const { window: w, result } = await runClient(clientArgv(client, server.url, streams, ids, prerun));
    const events = result.text_events;
    const us = (s: number): number => (s * 1e6) / events;
    return {
      client, streams, text_events: events, expected_text_events: ids.length * TOKENS, failed: result.failed ?? 0, wall_s: w.wall_s,
      cpu_us_per_event: us(w.cpu_s), user_us_per_event: us(w.user_s), system_us_per_event: us(w.system_s),
      main_us_per_event: us(w.main_cpu_s), other_threads_us_per_event: us(w.cpu_s - w.main_cpu_s),
      other_threads_us_per_event_by_name: Object.fromEntries(Object.entries(w.others_cpu_s).map(([k, v]) => [k, us(v)])),
      wakeups_per_s: w.main_voluntary / w.wall_s, events_per_wakeup: events / w.main_voluntary,
      cpu_us_per_wakeup: (w.cpu_s * 1e6) / w.main_voluntary, involuntary_switches: w.main_involuntary,
    };
  } finally {
    await server.stop();
  }
}

if (!compiledC('sse-server')) {
  // Its floors are measured against the C server's writes; without a compiler there is nothing to compare.
  process.stderr.write('bench: the CPU part needs a C compiler (bench/sse-server.c, bench/sse-reader.c); skipped\n');
}
const levels = compiledC('sse-server') === null ? [] : (process.argv[2] ?? '8,16,32,64').split(',').map(Number);
// Rounds of requests (× streams) each client runs before its warm-up: 0 measures what a short run meets
// (V8 still compiling infergate's per-request code on its worker threads); 32 rounds, a long run's steady state.
const prerunRounds = Number(process.argv[3] ?? 0);
// BENCH_CPU_CLIENTS=infergate,bare-node (say) runs only those, for alternated before/after runs of one change.
const clients = CLIENTS.filter((c) => (process.env.BENCH_CPU_CLIENTS ?? CLIENTS.join(',')).split(',').includes(c));
const rows: Record<string, unknown>[] = [];
// Alternated, client by client at each count, so a change in the machine's load falls on all alike.
for (const streams of levels) {
  for (const client of clients) {
    // A client that cannot run here (no aiohttp, no C compiler) leaves its row out and says why; the rest go on.
    const row = await measure(client, streams, prerunRounds * streams).catch((err: unknown) => {
      process.stderr.write(`bench: the ${client} client at ${streams} streams: ${(err as Error).message}; its row is left out\n`);
      return null;
    });
    if (row) rows.push(row);
  }
}
process.stdout.write(`${JSON.stringify({ cpu: { pinned: PINNED, itl_ms: ITL_MS, tokens: TOKENS, prerun_rounds: prerunRounds, rows } })}\n`);
