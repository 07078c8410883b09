/**
 * npm run bench:load — infergate beside vLLM's client pattern (asyncio + aiohttp), then accuracy, capacity
 * and memory of the load generator, against the scripted server running in its own process. Each part runs in a fresh Node process so one does not colour another's
 * memory or JIT state. Prints the figures and the machine. The memory part is bundled with ncc and run by
 * plain node, as the product runs from dist/, so the figure is not inflated by the TypeScript loader.
 *
 *   npm run bench:load [-- --parts versus,cpu,accuracy,capacity,threads,memory] [--quick] [--schedule streams]
 *
 * The versus and accuracy parts run against the C bench server (sse-server.c; load-bench-server.ts), by
 * default on decode steps (every running stream gets its token in one pass, as an engine's batch);
 * `--schedule streams` gives each stream its own timer phase instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const partsArg = args.indexOf('--parts');
const parts = partsArg >= 0 ? (args[partsArg + 1] ?? '').split(',') : ['versus', 'cpu', 'accuracy', 'capacity', 'threads', 'memory'];
const quick = args.includes('--quick');
const scheduleArg = args.indexOf('--schedule');
const schedule = scheduleArg >= 0 ? args[scheduleArg + 1] : 'steps';
if (schedule !== 'steps' && schedule !== 'streams') throw new Error(`--schedule must be steps or streams, not ${JSON.stringify(schedule)}`);

const partArgs: Record<string, string[][]> = {
  // Stream counts each client runs (a token every 10 ms each); streams per core is read off them. A client
  // that misses 5 ms p99 at two counts in a row stops there, so the grid can reach 1024 and stay short.
  versus: [[quick ? '16,64' : '8,16,32,64,128,256,512,1024']],
  // CPU per text event, decomposed, for infergate, aiohttp and the two floors (load-cpu.ts).
  // Then again after 32 rounds of requests per client (a long run's steady state, V8 done compiling).
  cpu: [[quick ? '16,64' : '8,16,32,64', '0'], [quick ? '16,64' : '8,16,32,64', '32']],
  // 10 ms between tokens at every level, then 512 streams at 50 ms, about what one engine gives each of
  // 512 streams (a 512-wide decode step); the first saturates this 2-core machine at 512 streams.
  accuracy: quick ? [['1,64', '10']] : [['1,64,512', '10'], ['512', '50']],
  // Sustained stream counts; then the client thread counts the burst runs with (load.client_threads).
  capacity: [[quick ? '256' : '256,1024', '1,2']],
  // Streams, ms between tokens, client thread counts: more events than one thread reads on time (load-threads.ts).
  threads: [[quick ? '256' : '512', '5', '1,2']],
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
    const env = { ...process.env, INFERGATE_SCRIPTED_SERVER_MAIN: path.join(ROOT, 'test/support/scripted-server-main.ts'), INFERGATE_ROOT: ROOT, BENCH_SCHEDULE: schedule };
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
type Q = { n: number; p50: number; p99: number; p999: number; max: number; min: number };
const q = (x: Q): string => `p50 ${f(x.p50)}  p99 ${f(x.p99)}  max ${f(x.max)}  (n=${x.n})`;

const cpus = os.cpus();
console.log(`machine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length} logical CPUs, ${f(os.totalmem() / 2 ** 30, 1)} GiB, load avg ${os.loadavg().map((l) => f(l, 2)).join(' ')}, Node ${process.version}, ${os.platform()} ${os.release()}`);
for (const part of parts) {
  for (const partArgv of partArgs[part] ?? [[]]) printPart(part, await runPart(part, partArgv));
}

function printPart(part: string, result: Record<string, unknown>): void {
  if (part === 'versus') {
    printVersus(result.versus as Versus);
  } else if (part === 'cpu') {
    printCpu(result.cpu as CpuPart);
  } else if (part === 'accuracy') {
    type Side = Record<string, unknown> & { requests_measured: number };
    console.log(`accuracy against ${serverName(result.server as 'c' | 'node', result.schedule as 'steps' | 'streams')}:`);
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
    const c = result.capacity as { burst: Record<string, number>; threads: Array<Record<string, number>>; sustained: Array<Record<string, unknown>> };
    const b = c.burst;
    console.log(`capacity, burst (64 streams × 512 tokens, ${b.streams_completed} streams, ${b.failed} failed): ${f(b.events_per_cpu_s!, 0)} SSE events per client CPU-second, ${f(b.streams_per_cpu_s!, 1)} streams per CPU-second (${f(b.events_per_wall_s!, 0)} events/s wall)`);
    for (const t of c.threads) {
      console.log(`capacity, burst over ${t.client_threads} client threads (${t.streams_completed} streams, ${t.failed} failed): ${f(t.events_per_wall_s!, 0)} events/s wall (${f(t.events_per_wall_s! / b.events_per_wall_s!, 2)}× one thread's), ${f(t.events_per_cpu_s!, 0)} SSE events per CPU-second of the whole process; once running (2,000 − 500 requests): ${f(t.marginal_events_per_wall_s!, 0)} events/s wall, ${f(t.marginal_events_per_cpu_s!, 0)} per CPU-second (one thread: ${f(b.marginal_events_per_wall_s!, 0)}, ${f(b.marginal_events_per_cpu_s!, 0)})`);
    }
    for (const s of c.sustained) {
      console.log(`capacity, sustained ${s.streams} streams at 50 tokens/s each (${s.failed} failed): ${f(s.events_per_wall_s as number, 0)} events/s, client CPU ${f((s.client_cpu_share_of_one_core as number) * 100, 1)}% of one core = ${f(s.cpu_us_per_event as number, 1)} µs per text event (a bare socket reader: ${f(s.bare_reader_cpu_us_per_event as number, 1)} µs), write→stamp lag ${q(s.event_lag_ms as Q)}`);
    }
  } else if (part === 'threads') {
    const t = result.threads as { streams: number; itl_ms: number; events_per_s: number; runs: Array<Record<string, unknown>> };
    console.log(`client threads, ${t.streams} streams a token every ${t.itl_ms} ms each (${t.events_per_s} text events/s), the bench server pinned to CPU 0:`);
    for (const r of t.runs) {
      console.log(`  ${r.client_threads} thread(s) (${r.requests_measured} requests measured, ${r.failed} failed): every text event ${q(r.every_event_lag_ms as Q)}; TTFT error ${q(r.ttft_error_ms as Q)}; ${f(r.cpu_us_per_event as number, 1)} µs CPU per text event, the threads' start included`);
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

interface VersusRow {
  client: 'infergate' | 'aiohttp';
  streams: number;
  failed: number;
  ttft_error_ms: Q;
  send_lag_ms: Q;
  cpu_us_per_event: number;
}
interface Versus {
  pinned: boolean;
  server: 'c' | 'node';
  schedule: 'steps' | 'streams';
  itl_ms: number;
  tokens: number;
  rows: VersusRow[];
}

/** The largest stream count whose p99 TTFT error is ≤ 5 ms, every smaller count's too; 0 if none. */
function streamsWithin5ms(rows: VersusRow[]): number {
  let best = 0;
  for (const r of [...rows].sort((a, b) => a.streams - b.streams)) {
    if (r.failed > 0 || !(r.ttft_error_ms.p99 <= 5)) break;
    best = r.streams;
  }
  return best;
}

function serverName(kind: 'c' | 'node', schedule: 'steps' | 'streams'): string {
  if (kind === 'node') return 'the Node scripted server (no C compiler: its own lateness counts against the clients), each stream on its own timer';
  return schedule === 'steps' ? 'the C server (bench/sse-server.c) on decode steps, every running stream written in one pass' : 'the C server (bench/sse-server.c), each stream on its own timer';
}

function printVersus(v: Versus): void {
  console.log(`infergate (default warm-up) beside an asyncio + aiohttp client in vLLM's pattern (bench/aiohttp_client.py), same server: ${serverName(v.server, v.schedule)}, ${v.tokens} tokens, first after 50 ms, then every ${v.itl_ms} ms, ${v.pinned ? 'server on CPU 0, client on CPU 1' : 'not pinned (no taskset)'}:`);
  console.log('  streams  client     TTFT error incl. send lag p50 / p99 / p99.9 / max (n)     send lag p50 / p99    CPU per text event  failed');
  for (const r of v.rows) {
    const e = r.ttft_error_ms;
    const tail = `${f(e.p50)} / ${f(e.p99)} / ${f(e.p999)} / ${f(e.max)} (${e.n})`;
    console.log(`  ${String(r.streams).padStart(7)}  ${r.client.padEnd(9)}  ${tail.padEnd(48)}  ${f(r.send_lag_ms.p50).padStart(8)} / ${f(r.send_lag_ms.p99).padEnd(8)}  ${f(r.cpu_us_per_event, 1).padStart(10)} µs  ${r.failed}`);
  }
  const side = (c: VersusRow['client']): VersusRow[] => v.rows.filter((r) => r.client === c);
  const [ig, py] = [streamsWithin5ms(side('infergate')), streamsWithin5ms(side('aiohttp'))];
  const ratio = py > 0 ? `${f(ig / py, 2)}×` : ig > 0 ? 'aiohttp kept none' : 'neither kept any';
  console.log(`  streams per core at p99 TTFT error ≤ 5 ms: infergate ${ig}, aiohttp ${py} (${ratio}; target ≥ 5×)`);
  const at64 = (c: VersusRow['client']): VersusRow | undefined => side(c).find((r) => r.streams === 64);
  const [i64, p64] = [at64('infergate'), at64('aiohttp')];
  if (i64 && p64) {
    console.log(`  at 64 streams: TTFT error p99 infergate ${f(i64.ttft_error_ms.p99)} ms over ${i64.ttft_error_ms.n} requests (target ≤ 1 ms on an idle core), aiohttp ${f(p64.ttft_error_ms.p99)} ms; CPU per event ${f(i64.cpu_us_per_event / p64.cpu_us_per_event, 2)}× aiohttp's (target ≤ 0.2×)`);
  }
}

interface CpuRow {
  client: string;
  streams: number;
  text_events: number;
  expected_text_events: number;
  failed: number;
  cpu_us_per_event: number;
  user_us_per_event: number;
  system_us_per_event: number;
  main_us_per_event: number;
  other_threads_us_per_event: number;
  wakeups_per_s: number;
  events_per_wakeup: number;
  cpu_us_per_wakeup: number;
}
interface CpuPart {
  pinned: boolean;
  prerun_rounds: number;
  itl_ms: number;
  tokens: number;
  rows: CpuRow[];
}

function printCpu(c: CpuPart): void {
  console.log(`CPU per text event, each client in its own process${c.pinned ? ' on CPU 1, the C server on CPU 0' : ' (not pinned: no taskset)'}, decode steps every ${c.itl_ms} ms, ${c.tokens} tokens per request, ${c.prerun_rounds > 0 ? `after ${c.prerun_rounds} rounds of requests (× streams) and the warm-up` : 'warm-up excluded'} (bench/load-cpu.ts; main = the event-loop thread, others = every other thread; wake-ups = the main thread's voluntary context switches):`);
  console.log('  streams  client      CPU µs/event  user  system   main  others   wake-ups/s  events/wake-up  CPU µs/wake-up  ×aiohttp  failed');
  for (const r of c.rows) {
    if (r.text_events !== r.expected_text_events) console.log(`  (${r.client} at ${r.streams} streams counted ${r.text_events} text events of ${r.expected_text_events}: its row is per counted event)`);
    const py = c.rows.find((x) => x.client === 'aiohttp' && x.streams === r.streams);
    const ratio = py ? f(r.cpu_us_per_event / py.cpu_us_per_event, 2) : '-';
    console.log(`  ${String(r.streams).padStart(7)}  ${r.client.padEnd(10)}  ${f(r.cpu_us_per_event, 1).padStart(12)}  ${f(r.user_us_per_event, 1).padStart(4)}  ${f(r.system_us_per_event, 1).padStart(6)}  ${f(r.main_us_per_event, 1).padStart(5)}  ${f(r.other_threads_us_per_event, 1).padStart(6)}  ${f(r.wakeups_per_s, 0).padStart(11)}  ${f(r.events_per_wakeup, 1).padStart(14)}  ${f(r.cpu_us_per_wakeup, 0).padStart(14)}  ${ratio.padStart(8)}  ${r.failed}`);
  }
  for (const streams of [...new Set(c.rows.map((r) => r.streams))]) {
    const at = (client: string): CpuRow | undefined => c.rows.find((r) => r.client === client && r.streams === streams);
    const [py, bare, cc] = [at('aiohttp'), at('bare-node'), at('c')];
    if (!py || !bare || !cc) continue;
    const target = 0.2 * py.cpu_us_per_event;
    const verdict = bare.cpu_us_per_event > target
      ? 'out of reach for a Node client reading each write'
      : `a Node client reading each write would have ${f(target - bare.cpu_us_per_event, 1)} µs per event for its own work (infergate's: ${f((at('infergate')?.cpu_us_per_event ?? NaN) - bare.cpu_us_per_event, 1)})`;
    console.log(`  at ${streams} streams: 0.2× aiohttp = ${f(target, 1)} µs/event; floors: bare Node ${f(bare.cpu_us_per_event, 1)}, C ${f(cc.cpu_us_per_event, 1)} µs/event: ${verdict}`);
  }
}
