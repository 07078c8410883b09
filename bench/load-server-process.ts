/** Starts a bench server as its own process (so it never shares the client's event loop): the scripted Node server, or `program`. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { request } from 'undici';
import { epochMinusMonotonicMs } from '../test/support/scripted-server.js';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

// A bundled bench part (see load.ts) is told where the server's source is.
const MAIN = process.env.INFERGATE_SCRIPTED_SERVER_MAIN ?? path.join(import.meta.dirname, '../test/support/scripted-server-main.ts');

/**
 * `cpus` (a taskset list, e.g. "0") pins the server to those CPUs. `program` (the C server, load-bench-server.ts)
 * replaces the scripted server; it prints the same first line.
 */
export async function startServerProcess(args: string[], cpus?: string, program?: string): Promise<ServerProcess> {
  const argv = program ? [program, ...args] : [process.execPath, '--import', 'tsx', MAIN, ...args];
  const [cmd, ...rest] = cpus === undefined ? argv : ['taskset', '-c', cpus, ...argv];
  const child = spawn(cmd!, rest, { stdio: ['ignore', 'pipe', 'inherit'] });
  // Never leave the server behind when this process ends, however it ends.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (c: Buffer) => {
      buf += c.toString('utf8');
      const nl = buf.indexOf('\n');
      if (nl >= 0) resolve((JSON.parse(buf.slice(0, nl)) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`scripted server exited early (${code})`)));
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function getJson<T>(url: string): Promise<T> {
  const res = await request(url);
  return (await res.body.json()) as T;
}

/**
 * Offset to add to this process's epoch (timeOrigin + now) to get the server's. Both processes read
 * performance.now() from the host's CLOCK_MONOTONIC, so each one's `epoch − monotonic` is a constant and
 * the offset is their difference: exact to a microsecond, with no round-trip error. `rtt_ms` is the fastest
 * round trip of the clock request, reported for information only.
 */
export async function clockOffsetMs(url: string, rounds = 20): Promise<{ offset_ms: number; rtt_ms: number }> {
  let rtt = Infinity;
  let server = 0;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    const { epoch_minus_monotonic_ms } = await getJson<{ epoch_minus_monotonic_ms: number }>(`${url}/debug/clock`);
    rtt = Math.min(rtt, performance.now() - t0);
    server = epoch_minus_monotonic_ms;
  }
  return { offset_ms: server - epochMinusMonotonicMs(), rtt_ms: rtt };
}

export function quantiles(xs: number[]): { n: number; p50: number; p99: number; p999: number; max: number; min: number } {
  const s = Float64Array.from(xs).sort();
  const q = (p: number): number => {
    const r = (p / 100) * (s.length - 1);
    const lo = Math.floor(r);
    return s[lo]! + (r - lo) * (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!);
  };
  return { n: s.length, min: s[0]!, p50: q(50), p99: q(99), p999: q(99.9), max: s[s.length - 1]! };
}
