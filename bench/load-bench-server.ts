/**
 * The server the load benches measure clients against: the C server (sse-server.c), compiled here with
 * `cc -O2` into .infergate-cache/bench-load/, or — where no C compiler is present — the Node scripted
 * server, with a line on stderr saying the figures are that server's. Either way the bench reads, per
 * request id, the request's arrival and the time of each text write on CLOCK_MONOTONIC (ms), the clock
 * performance.now() and Python's perf_counter() read, so client stamps compare with them directly.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { epochMinusMonotonicMs } from '../test/support/scripted-server.js';
import { getJson, startServerProcess, type ServerProcess } from './load-server-process.js';

export interface Schedule {
  /** Arrival to first token (the C server: to the first decode step after it). */
  ttft_ms: number;
  itl_ms: number;
  tokens: number;
  /** 'steps': one decode step every itl_ms writes a token to every running stream; 'streams': each its own phase. */
  schedule: 'steps' | 'streams';
}

/** One request as the server saw it, CLOCK_MONOTONIC ms. */
export interface ServerLog {
  arrived_ms: number;
  text_ms: number[];
}

export interface BenchServer {
  url: string;
  /** 'c': sse-server.c; 'node': the scripted server (no C compiler), which knows only the per-stream schedule. */
  kind: 'c' | 'node';
  /** The server's log by request id; for the C server this stops it first (its log is flushed on exit). */
  logs(): Promise<Map<string, ServerLog>>;
  stop(): Promise<void>;
}

const ROOT = process.env.INFERGATE_ROOT ?? path.join(import.meta.dirname, '..');

/** The schedule the benches use: BENCH_SCHEDULE=streams for per-stream timers, decode steps otherwise. */
export const SCHEDULE: Schedule['schedule'] = process.env.BENCH_SCHEDULE === 'streams' ? 'streams' : 'steps';

/** performance.now() + this = CLOCK_MONOTONIC ms (see epochMinusMonotonicMs). */
export const TO_MONOTONIC_MS = performance.timeOrigin - epochMinusMonotonicMs();

const compiled = new Map<string, string | null>();

/**
 * bench/NAME.c's binary (.infergate-cache/bench-load/NAME), compiled with `cc -O2` when missing or older
 * than its source; null when there is no C compiler.
 */
export function compiledC(name: string): string | null {
  const known = compiled.get(name);
  if (known !== undefined) return known;
  const source = path.join(ROOT, `bench/${name}.c`);
  const binary = path.join(ROOT, `.infergate-cache/bench-load/${name}`);
  const fresh = fs.existsSync(binary) && fs.statSync(binary).mtimeMs >= fs.statSync(source).mtimeMs;
  if (!fresh) {
    fs.mkdirSync(path.dirname(binary), { recursive: true });
    const cc = process.env.CC ?? 'cc';
    const r = spawnSync(cc, ['-std=c99', '-O2', '-Wall', '-o', binary, source], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.error) {
      process.stderr.write(`bench: no C compiler (${cc}: ${(r.error as NodeJS.ErrnoException).code}) for bench/${name}.c\n`);
      compiled.set(name, null);
      return null;
    }
    if (r.status !== 0) throw new Error(`${cc} could not compile ${source} (exit ${r.status})`);
  }
  compiled.set(name, binary);
  return binary;
}

/** The C server's binary; null (with a line saying what the figures are measured against) without a C compiler. */
export function cServerBinary(): string | null {
  const first = !compiled.has('sse-server');
  const binary = compiledC('sse-server');
  if (binary === null && first) process.stderr.write('bench: the figures below are against the Node scripted server, whose own lateness counts against the clients\n');
  return binary;
}

/** Starts the bench server with `schedule`, pinned to `cpus` (a taskset list) when given. */
export async function startBenchServer(s: Schedule, cpus?: string): Promise<BenchServer> {
  const binary = cServerBinary();
  return binary ? startC(binary, s, cpus) : startNode(s, cpus);
}

async function startC(binary: string, s: Schedule, cpus?: string): Promise<BenchServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'infergate-sse-server-'));
  const log = path.join(dir, 'requests.jsonl');
  const argv = ['--ttft', String(s.ttft_ms), '--itl', String(s.itl_ms), '--tokens', String(s.tokens), '--schedule', s.schedule, '--log', log];
  const server = await startServerProcess(argv, cpus, binary);
  return {
    url: server.url,
    kind: 'c',
    async logs() {
      await server.stop();
      const byId = new Map<string, ServerLog>();
      for (const line of fs.readFileSync(log, 'utf8').split('\n')) {
        if (line === '') continue;
        const entry = JSON.parse(line) as ServerLog & { id: string | null };
        if (entry.id !== null) byId.set(entry.id, { arrived_ms: entry.arrived_ms, text_ms: entry.text_ms });
      }
      fs.rmSync(dir, { recursive: true, force: true });
      return byId;
    },
    stop: () => server.stop(),
  };
}

async function startNode(s: Schedule, cpus?: string): Promise<BenchServer> {
  const server: ServerProcess = await startServerProcess(['--shape', 'vllm', '--ttft', String(s.ttft_ms), '--itl', String(s.itl_ms), '--tokens', String(s.tokens)], cpus);
  return {
    url: server.url,
    kind: 'node',
    async logs() {
      const { epoch_minus_monotonic_ms: emm } = await getJson<{ epoch_minus_monotonic_ms: number }>(`${server.url}/debug/clock`);
      const byId = new Map<string, ServerLog>();
      for (const e of await getJson<Array<{ id: string | null; arrived_epoch_ms: number; text_epoch_ms: number[] }>>(`${server.url}/debug/emissions`)) {
        if (e.id) byId.set(e.id, { arrived_ms: e.arrived_epoch_ms - emm, text_ms: e.text_epoch_ms.map((t) => t - emm) });
      }
      return byId;
    },
    stop: () => server.stop(),
  };
}
