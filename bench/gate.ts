/**
 * npm run bench:gate — how often the gate raises a false alarm, and how often it catches a real change,
 * on real infergate runs against a scripted engine with a shared-runner noise model (docs/gate.md,
 * "How well it tells").
 *
 * 1. Records runs once (runBenchmark in-process against the scripted server; results.json kept in
 *    .infergate-cache/bench-gate/<model key>/), so reruns only compare:
 *    - unchanged runs ("A"), recorded first;
 *    - runs with TTFT +10%: every first token later by 10% of the A runs' median TTFT p50 as measured
 *      (the measured TTFT holds the client's and the event loop's own time besides the scripted delay, so
 *      scaling the scripted delay by 1.1 would move the measured p50 by less than 10%);
 *    - runs with throughput −10%: every token later by the same share of the A runs' mean E2EL, so a
 *      request takes 1/0.9 as long and a closed loop completes 10% fewer a second.
 *    Each run draws its own disturbance: per-request lognormal jitter always; in 10% of runs a stall
 *    (3 consecutive requests wait 300 ms more for their first token); in 10% a slow run (every delay +5%).
 * 2. Compares, with the built-in thresholds: A/A (≥ 100 comparisons) for the false-alarm rate, and each
 *    changed run for the detection rate, in each mode: one baseline run, a history of 5 runs, one baseline
 *    run with a noise profile of 10 unchanged runs set aside (infergate calibrate). A comparison
 *    counts as an alarm or a detection when its verdict is "fail" (the job fails); warn and inconclusive
 *    are counted beside it.
 *
 *   npm run bench:gate [-- --requests 1000 --a-runs 40 --b-runs 20 --seed 1 --ttft 40 --itl 4]
 *
 * The A/B mode (`infergate ab`, docs/gate.md "A/B mode") is the fourth column: each recorded run is a
 * block (a whole run, as `infergate ab` runs each block), so a comparison draws up to 6 unchanged runs as
 * the base's blocks and as many runs of the case as the head's, pairs them, and applies the A/B rule with
 * its defaults (looks at 3 to 6 pairs, alpha 0.05 over 3 metrics × 4 looks, margin 5%). Its "fail" is the
 * verdict regression; improved and inconclusive are counted beside it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_TASK_NUMS } from '../src/config/seed-schemas.js';
import { abLook, type AbPair } from '../src/gate/ab-effects.js';
import { compareResults } from '../src/gate/compare-results.js';
import type { Comparison } from '../src/gate/comparison.js';
import { buildNoiseProfile, type NoiseProfile } from '../src/gate/noise-profile.js';
import { robustSd } from '../src/gate/statistics.js';
import { seededUniform as seededRandom } from '../src/util/seeded-random.js';
import { DEFAULT_THRESHOLDS } from '../src/gate/thresholds-config.js';
import { runBenchmark } from '../src/pipeline/run-benchmark.js';
import type { ResultsDocument } from '../src/run-folder/results-document.js';
import { startScriptedServer, type ReceivedRequest, type RequestPlan } from '../test/support/scripted-server.js';

const ROOT = path.join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
/** The default run size (task_nums' default), as issue 16's done-when asks: the rates hold for the run users get. */
const REQUESTS = numberArg('requests', DEFAULT_TASK_NUMS);
const A_RUNS = numberArg('a-runs', 40);
const B_RUNS = numberArg('b-runs', 20);
const SEED = numberArg('seed', 1);
/** Scripted TTFT and ITL of an undisturbed request, ms (`--ttft 40 --itl 4`). */
const TTFT_MS = numberArg('ttft', 40);
const ITL_MS = numberArg('itl', 4);
const CONCURRENCY = 8;
const OUTPUT_TOKENS = 16;
const HISTORY = 5;
const LONG_HISTORY = 20;
const COMPARISONS = 100;

/** The noise model; its key names the cache folder, so a changed model records afresh. */
const NOISE = { ttft_ms: TTFT_MS, itl_ms: ITL_MS, jitter: 0.1, stall: { share: 0.1, requests: 3, ms: 300 }, slow: { share: 0.1, factor: 1.05 } };
type Kind = 'a' | 'ttft' | 'throughput';

interface RunState {
  /** Run-level slowdown factor of every scripted delay. */
  slow: number;
  /** Added to every first token, and to every later token (ms): the injected change. */
  ttftAdd: number;
  itlAdd: number;
  stalledFrom: number;
  sent: number;
}

/** The injected change of each kind, from the A runs as measured (see the header). */
function changeFor(kind: Kind, a: readonly ResultsDocument[]): { ttftAdd: number; itlAdd: number } {
  if (kind === 'a') return { ttftAdd: 0, itlAdd: 0 };
  const medianOf = (name: string) => {
    const v = a.map((d) => d.headline[name]!).sort((x, y) => x - y);
    return v[v.length >> 1]!;
  };
  if (kind === 'ttft') return { ttftAdd: 0.1 * medianOf('ttft_ms_p50'), itlAdd: 0 };
  return { ttftAdd: 0, itlAdd: (medianOf('e2el_ms_mean') * (1 / 0.9 - 1)) / (OUTPUT_TOKENS - 1) };
}

/** Run-level draws and the comparisons' picks: the same sequence whether the runs are recorded now or cached. */
const random = seededRandom(SEED);
/** The engine's per-request jitter, apart, so recording does not shift the comparisons' picks. */
const jitterRandom = seededRandom(SEED + 0x9e3779b9);
const gauss = () => Math.sqrt(-2 * Math.log(jitterRandom() || 1e-12)) * Math.cos(2 * Math.PI * jitterRandom());

function drawRun(change: { ttftAdd: number; itlAdd: number }): RunState {
  const u = random();
  const stalled = u >= NOISE.slow.share && u < NOISE.slow.share + NOISE.stall.share;
  return {
    slow: u < NOISE.slow.share ? NOISE.slow.factor : 1,
    ...change,
    stalledFrom: stalled ? Math.floor(random() * (REQUESTS - NOISE.stall.requests)) : -1,
    sent: 0,
  };
}

function planFor(state: { run: RunState | null }) {
  return (request: ReceivedRequest): Partial<RequestPlan> => {
    const body = request.body as { max_tokens?: number } | null;
    const run = state.run;
    if (!run || !body || body.max_tokens === 1) return {};
    const index = run.sent++;
    const stall = index >= run.stalledFrom && index < run.stalledFrom + NOISE.stall.requests ? NOISE.stall.ms : 0;
    return {
      ttft_ms: NOISE.ttft_ms * run.slow * Math.exp(NOISE.jitter * gauss()) + run.ttftAdd + stall,
      itl_ms: NOISE.itl_ms * run.slow * Math.exp(NOISE.jitter * gauss()) + run.itlAdd,
    };
  };
}

/** A temporary tree with REQUESTS XSum rows (the 50-row fixture repeated under new ids) and the configs. */
function runTree(serverUrl: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'infergate-bench-gate-'));
  const rows = fs.readFileSync(path.join(ROOT, 'test/fixtures/xsum/sample-50.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const lines = Array.from({ length: REQUESTS }, (_, i) => JSON.stringify({ ...rows[i % rows.length], id: `bench-${i}` }));
  fs.writeFileSync(path.join(root, 'xsum.jsonl'), `${lines.join('\n')}\n`);
  fs.mkdirSync(path.join(root, 'configs/bench/vllm'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'configs/bench/vllm/task.yaml'),
    `task_nums: ${REQUESTS}\nload:\n  shape: concurrency\n  concurrency: ${CONCURRENCY}\nrequest:\n  max_tokens: ${OUTPUT_TOKENS}\n`,
  );
  const host = [`data_path: ${path.join(root, 'xsum.jsonl')}`, `log_path: ${path.join(root, 'log')}`, 'vendor: bench', `config_path: ${path.join(root, 'configs')}`, `endpoint: ${serverUrl}`, 'engine: vllm', 'model_name: scripted', 'telemetry:', '  enabled: false'];
  fs.writeFileSync(path.join(root, 'host.yaml'), host.join('\n'));
  return root;
}

const cacheDir = path.join(ROOT, '.infergate-cache/bench-gate', `v2-n${REQUESTS}-c${CONCURRENCY}-t${OUTPUT_TOKENS}-${Buffer.from(JSON.stringify(NOISE)).toString('base64url').slice(0, 24)}`);

/** Records the runs not yet in the cache; returns every run of each kind. */
async function recordRuns(): Promise<Record<Kind, ResultsDocument[]>> {
  fs.mkdirSync(cacheDir, { recursive: true });
  const wanted: Array<[Kind, number]> = [['a', A_RUNS], ['ttft', B_RUNS], ['throughput', B_RUNS]];
  const state: { run: RunState | null } = { run: null };
  let server: Awaited<ReturnType<typeof startScriptedServer>> | null = null;
  let tree = '';
  const runs: Record<Kind, ResultsDocument[]> = { a: [], ttft: [], throughput: [] };
  for (const [kind, count] of wanted) {
    for (let i = 0; i < count; i++) {
      const file = path.join(cacheDir, `${kind}-${String(i).padStart(3, '0')}.json`);
      const drawn = drawRun(changeFor(kind, runs.a)); // drawn even when cached, so the sequence of disturbances stays the same
      if (!fs.existsSync(file)) {
        if (!server) {
          server = await startScriptedServer({ shape: 'vllm', model: 'scripted', record: false, plan: planFor(state) });
          tree = runTree(server.url);
          // One run thrown away first: this process's own cold start (JIT, first sockets) is not the engine's noise.
          state.run = { slow: 1, ttftAdd: 0, itlAdd: 0, stalledFrom: -1, sent: 0 };
          await runBenchmark({ hostPath: path.join(tree, 'host.yaml'), overrides: [], allowPathsOutsideWorkspace: true }, { log: { info: () => undefined, warn: () => undefined }, printLine: () => undefined });
        }
        state.run = drawn;
        const outcome = await runBenchmark({ hostPath: path.join(tree, 'host.yaml'), overrides: [], allowPathsOutsideWorkspace: true }, { log: { info: () => undefined, warn: () => undefined }, printLine: () => undefined });
        if (outcome.error) throw new Error(`run ${kind} ${i} failed: ${outcome.error.message}`);
        fs.writeFileSync(file, JSON.stringify(outcome.results));
        process.stderr.write(`recorded ${kind} ${i + 1}/${count}\n`);
      }
      runs[kind].push(JSON.parse(fs.readFileSync(file, 'utf8')) as ResultsDocument);
    }
  }
  await server?.close();
  if (tree) fs.rmSync(tree, { recursive: true, force: true });
  return runs;
}

/** Picks `count` distinct items (a partial Fisher-Yates shuffle). */
function pick<T>(items: readonly T[], count: number, exclude: ReadonlySet<T> = new Set()): T[] {
  const pool = items.filter((x) => !exclude.has(x));
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

/** A mode: the baseline runs for a current run, drawn from the unchanged pool (never the current run itself). */
interface Mode {
  name: string;
  baselineFor: (pool: readonly ResultsDocument[], current: ResultsDocument) => ResultsDocument[];
  /** A noise profile from `infergate calibrate`; its runs are then never a baseline or a current run. */
  profile?: { profile: NoiseProfile; runs: ReadonlySet<ResultsDocument> };
  /** A mode that decides by its own rule rather than compareResults (the A/B mode). */
  compareMany?: (pool: readonly ResultsDocument[], currents: readonly ResultsDocument[], count: number) => Tally;
}

/**
 * Unchanged runs set aside for the calibrated mode's profile: every 4th one recorded, spread over the
 * recording as a calibration should be spread over the runner's day (a shared machine's load changes by
 * the minute; ten consecutive runs in a quiet stretch understate a busy one).
 */
const CALIBRATION_RUNS = 10;

/** `infergate ab`'s defaults (docs/configuration.md, ab.*). */
const AB = { minPairs: 3, maxPairs: 6, alpha: 0.05, marginPct: 5 };

/** The A/B rule over recorded runs as blocks: base blocks from the unchanged pool, head blocks from the case's. */
function abCompareMany(pool: readonly ResultsDocument[], currents: readonly ResultsDocument[], count: number): Tally {
  const t: Tally = { fail: 0, warn: 0, inconclusive: 0, improved: 0, total: count, failedMetrics: {} };
  const rule = { alpha: AB.alpha, margin_pct: AB.marginPct, looks: AB.maxPairs - AB.minPairs + 1 };
  for (let i = 0; i < count; i++) {
    const head = pick(currents, AB.maxPairs);
    // A/A: the base's blocks are other unchanged runs than the head's.
    const base = pick(pool, AB.maxPairs, new Set(head));
    const pairs: AbPair[] = base.map((b, k) => ({ base: b.headline, head: head[k]!.headline }));
    let look = abLook(pairs.slice(0, AB.minPairs), rule);
    for (let n = AB.minPairs + 1; look.verdict === 'inconclusive' && n <= AB.maxPairs; n++) look = abLook(pairs.slice(0, n), rule);
    if (look.verdict === 'regression') t.fail++;
    else if (look.verdict === 'inconclusive') t.inconclusive++;
    else if (look.verdict === 'improved') t.improved = (t.improved ?? 0) + 1;
    for (const metric of look.metrics) if (metric.decision === 'regression') t.failedMetrics[metric.name] = (t.failedMetrics[metric.name] ?? 0) + 1;
  }
  return t;
}

function modes(a: readonly ResultsDocument[]): Mode[] {
  const step = Math.max(1, Math.floor(a.length / CALIBRATION_RUNS));
  const calibration = a.filter((_, i) => i % step === 0).slice(0, CALIBRATION_RUNS);
  const profile = { profile: buildNoiseProfile(calibration, new Date(0)), runs: new Set(calibration) };
  return [
    { name: 'one baseline', baselineFor: (pool, current) => pick(pool, 1, new Set([current])) },
    { name: `history of ${HISTORY}`, baselineFor: (pool, current) => pick(pool, HISTORY, new Set([current])) },
    // The action keeps 20 runs of history by default (input history-keep).
    { name: `history of ${LONG_HISTORY}`, baselineFor: (pool, current) => pick(pool, LONG_HISTORY, new Set([current])) },
    { name: `one baseline + profile of ${CALIBRATION_RUNS} runs`, baselineFor: (pool, current) => pick(pool, 1, new Set([current, ...profile.runs])), profile },
    { name: `A/B, ${AB.minPairs}–${AB.maxPairs} pairs of blocks`, baselineFor: () => [], compareMany: abCompareMany },
  ];
}

interface Tally {
  fail: number;
  warn: number;
  inconclusive: number;
  /** The A/B verdict improved (no other mode has it). */
  improved?: number;
  total: number;
  /** Metrics that failed, with counts: what raised the alarms. */
  failedMetrics: Record<string, number>;
}

function tally(comparisons: readonly Comparison[]): Tally {
  const t: Tally = { fail: 0, warn: 0, inconclusive: 0, total: comparisons.length, failedMetrics: {} };
  for (const c of comparisons) {
    if (c.verdict === 'fail') t.fail++;
    else if (c.verdict === 'warn') t.warn++;
    else if (c.verdict === 'inconclusive') t.inconclusive++;
    for (const name of c.regressed) t.failedMetrics[name] = (t.failedMetrics[name] ?? 0) + 1;
  }
  return t;
}

function compareMany(mode: Mode, pool: readonly ResultsDocument[], currents: readonly ResultsDocument[], count: number): Tally {
  if (mode.compareMany) return mode.compareMany(pool, currents, count);
  const comparisons: Comparison[] = [];
  const eligible = currents.filter((c) => !mode.profile?.runs.has(c));
  for (let i = 0; i < count; i++) {
    const current = eligible[i % eligible.length]!;
    comparisons.push(compareResults({ source: 'bench', documents: mode.baselineFor(pool, current) }, current, DEFAULT_THRESHOLDS, { profile: mode.profile?.profile ?? null }));
  }
  return tally(comparisons);
}

const rate = (t: Tally) => `${t.fail} of ${t.total} (${((100 * t.fail) / t.total).toFixed(1)}%)`;
const extra = (t: Tally) => `${t.warn} warn, ${t.inconclusive} inconclusive${t.improved === undefined ? '' : `, ${t.improved} improved`}${Object.keys(t.failedMetrics).length > 0 ? `; failed: ${Object.entries(t.failedMetrics).map(([k, v]) => `${k} ${v}`).join(', ')}` : ''}`;

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const runs = await recordRuns();
  const MODES = modes(runs.a);
  const rows: string[] = ['| case | ' + MODES.map((m) => m.name).join(' | ') + ' |', '|---|' + MODES.map(() => '---|').join('')];
  const notes: string[] = [];
  for (const [label, kind] of [['unchanged (A/A): false alarms (fail)', 'a'], ['TTFT +10%: detected (fail)', 'ttft'], ['throughput −10%: detected (fail)', 'throughput']] as const) {
    const cells = MODES.map((mode) => {
      const t = compareMany(mode, runs.a, runs[kind], COMPARISONS);
      notes.push(`${label}, ${mode.name}: ${extra(t)}`);
      return rate(t);
    });
    rows.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  const cpu = os.cpus();
  console.log(rows.join('\n'));
  console.log('');
  for (const note of notes) console.log(`- ${note}`);
  console.log('');
  console.log(
    `${runs.a.length} unchanged, ${runs.ttft.length} TTFT +10% and ${runs.throughput.length} throughput −10% runs of ${REQUESTS} requests at concurrency ${CONCURRENCY}, ${OUTPUT_TOKENS} output tokens; ` +
      `scripted TTFT ${NOISE.ttft_ms} ms, ITL ${NOISE.itl_ms} ms; noise: per-request lognormal jitter σ=${NOISE.jitter}, stall of ${NOISE.stall.requests} requests +${NOISE.stall.ms} ms in ${NOISE.stall.share * 100}% of runs, +${Math.round((NOISE.slow.factor - 1) * 100)}% slow run in ${NOISE.slow.share * 100}%; ` +
      `injected: TTFT +${changeFor('ttft', runs.a).ttftAdd.toFixed(2)} ms per request, +${changeFor('throughput', runs.a).itlAdd.toFixed(3)} ms per token for throughput; ` +
      `${COMPARISONS} comparisons per cell (baselines drawn from the unchanged runs, seed ${SEED}).`,
  );
  const spread = (name: string) => `${name} ${(100 * robustSd(runs.a.map((d) => Math.log(d.headline[name]!)))).toFixed(1)}%`;
  console.log(`run-to-run robust SD of the unchanged runs (MAD of ln value): ${['ttft_ms_p50', 'tpot_ms_p50', 'e2el_ms_p50', 'throughput_rps'].map(spread).join(', ')}`);
  console.log(`machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; commit ${commit()}; ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

await main();
