/**
 * npm run bench:load — accuracy, capacity and memory of the load generator against the scripted server
 * running in its own process. Each part runs in a fresh Node process so one does not colour another's
 * memory or JIT state. Prints the figures and the machine. The memory part is bundled with ncc and run by
 * plain node, as the product runs from dist/, so the figure is not inflated by the TypeScript loader.
 *
 *   npm run bench:load [-- --parts accuracy,capacity,memory] [--quick]
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const partsArg = args.indexOf('--parts');
const parts = partsArg >= 0 ? (args[partsArg + 1] ?? '').split(',') : ['accuracy', 'capacity', 'memory'];
const quick = args.includes('--quick');

const partArgs: Record<string, string[][]> = {
  // 10 ms between tokens at every level, then 512 streams at 50 ms, about what one engine gives each of
  // 512 streams (a 512-wide decode step); the first saturates this 2-core machine at 512 streams.
  accuracy: quick ? [['1,64', '10']] : [['1,64,512', '10'], ['512', '50']],
  capacity: [[quick ? '256' : '256,1024']],
  memory: [[quick ? '10000' : '100000']],
};

const ROOT = path.join(import.meta.dirname, '..');

/** Bundles a bench part into a temporary folder; returns the node arguments that run it. */
function bundled(file: string): string[] {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'infergate-bench-bundle-'));
  const ncc = path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  const r = spawnSync(process.execPath, [ncc, 'build', file, '-o', out, '--quiet', '--target', 'es2022'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`ncc could not bundle ${file}`);
  return [path.join(out, 'index.js')];
}

function runPart(name: string, partArgv: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const file = path.join(import.meta.dirname, `load-${name}.ts`);
    const entry = name === 'memory' ? bundled(file) : ['--import', 'tsx', file];
    const env = { ...process.env, INFERGATE_SCRIPTED_SERVER_MAIN: path.join(ROOT, 'test/support/scripted-server-main.ts') };
    const child = spawn(process.execPath, [...entry, ...partArgv], { stdio: ['ignore', 'pipe', 'inherit'], env });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench part ${name} exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>);
    });
  });
}

const f = (x: number, d = 3): string => x.toFixed(d);
type Q = { n: number; p50: number; p99: number; max: number; min: number };
const q = (x: Q): string => `p50 ${f(x.p50)}  p99 ${f(x.p99)}  max ${f(x.max)}  (n=${x.n})`;

const cpus = os.cpus();
console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length} logical CPUs, ${f(os.totalmem() / 2 ** 30, 1)} GiB, load avg ${os.loadavg().map((l) => f(l, 2)).join(' ')}, Node ${process.version}, ${os.platform()} ${os.release()}`);
for (const part of parts) {
  for (const partArgv of partArgs[part] ?? [[]]) printPart(part, await runPart(part, partArgv));
}

function printPart(part: string, result: Record<string, unknown>): void {
  if (part === 'accuracy') {
    type Side = Record<string, unknown> & { requests_measured: number };
    for (const a of result.accuracy as Array<{ streams: number; itl_ms: number; events_per_s: number; infergate: Side; floor: Side }>) {
      const i = a.infergate;
      console.log(`accuracy @ ${a.streams} streams, a token every ${a.itl_ms} ms each (${a.events_per_s} text events/s; ${i.requests_measured} requests measured, ${i.failed} failed); error = measured − server write, ms:`);
      console.log(`  TTFT  ${q(i.ttft_error_ms as Q)}`);
      console.log(`  TPOT  ${q(i.tpot_error_ms as Q)}`);
      console.log(`  E2EL  ${q(i.e2el_error_ms as Q)}`);
      console.log(`  every text event  ${q(i.every_event_lag_ms as Q)}`);
      console.log(`  request send → server receive  ${q(i.request_delivery_ms as Q)}`);
      console.log(`  floor, a bare socket reader under the same load: TTFT ${q(a.floor.ttft_error_ms as Q)}; every text event ${q(a.floor.every_event_lag_ms as Q)}`);
    }
  } else if (part === 'capacity') {
    const c = result.capacity as { burst: Record<string, number>; sustained: Array<Record<string, unknown>> };
    const b = c.burst;
    console.log(`capacity, burst (64 streams × 512 tokens, ${b.streams_completed} streams, ${b.failed} failed): ${f(b.events_per_cpu_s!, 0)} SSE events per client CPU-second, ${f(b.streams_per_cpu_s!, 1)} streams per CPU-second (${f(b.events_per_wall_s!, 0)} events/s wall)`);
    for (const s of c.sustained) {
      console.log(`capacity, sustained ${s.streams} streams at 50 tokens/s each (${s.failed} failed): ${f(s.events_per_wall_s as number, 0)} events/s, client CPU ${f((s.client_cpu_share_of_one_core as number) * 100, 1)}% of one core = ${f(s.cpu_us_per_event as number, 1)} µs per text event (a bare socket reader: ${f(s.bare_reader_cpu_us_per_event as number, 1)} µs), write→stamp lag ${q(s.event_lag_ms as Q)}`);
    }
  } else if (part === 'memory') {
    const m = result.memory as Record<string, number> & Record<'load' | 'read_back_and_summary', Record<string, number>>;
    const phase = (p: Record<string, number>): string =>
      `peak RSS ${f(p.peak_rss_mb!, 1)} MB (V8 heap used ${f(p.heap_used_at_peak_mb!, 1)} of ${f(p.heap_total_at_peak_mb!, 1)} MB, external ${f(p.external_at_peak_mb!, 1)} MB)`;
    console.log(`memory: ${m.requests} requests × 64 tokens at ${m.concurrency} streams (${m.completed} completed, ${m.output_tokens} tokens) in ${f(m.load_s!, 1)} s, requests.jsonl ${f(m.requests_jsonl_mb!, 1)} MB, RSS before the run ${f(m.rss_before_mb!, 1)} MB:`);
    console.log(`  peak RSS of the process ${f(m.peak_rss_mb!, 1)} MB`);
    console.log(`  while recording: ${phase(m.load)}`);
    console.log(`  reading requests.jsonl back and summarizing: ${phase(m.read_back_and_summary)}`);
  }
}
