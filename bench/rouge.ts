/**
 * `npm run bench:rouge`: scores the 11,334 official XSum test pairs (gold summaries vs the LEAD baseline,
 * from test/fixtures/rouge/) in both modes on one thread, and prints pairs/s, wall and CPU time (best and
 * median of BENCH_RUNS runs), the share spent in the bootstrap, memory, and rouge-score mode's speed-up
 * over Python's rouge_score. Wall time on a shared machine includes waiting for a core; CPU time is what
 * this process used. Both are printed with the host's load so the figures can be judged.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { scoreCorpus, type RougeMode } from '../src/metrics/rouge/index.js';

const FIXTURES = join(import.meta.dirname, '../test/fixtures/rouge');
const lines = (name: string): string[] => brotliDecompressSync(readFileSync(join(FIXTURES, name))).toString('utf8').split('\n').slice(0, 11334);
const references = lines('xsum-gold-test-sentences.txt.br');
const predictions = lines('xsum-lead-test-output.txt.br');
const pairs = references.map((reference, i) => ({ reference, prediction: predictions[i] as string }));

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function timed(run: () => void): Timing {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function best(times: Timing[]): Timing {
  return times.reduce((a, b) => (b.cpuMs < a.cpuMs ? b : a));
}

function median(times: Timing[]): Timing {
  const middle = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    const half = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? (sorted[half] as number) : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
  };
  return { cpuMs: middle(times.map((t) => t.cpuMs)), wallMs: middle(times.map((t) => t.wallMs)) };
}

/**
 * Python's rouge_score 0.1.2 on the same 11,334 pairs (RougeScorer with the four types and
 * use_stemmer=True, then BootstrapAggregator with 1,000 resamples), as measured for issue 18 on this
 * kind of machine (2 vCPUs, Xeon @ 2.5 GHz). It is not run here: the package is not installable offline.
 */
const PYTHON_SECONDS = { low: 13.7, high: 17 };
const PYTHON_SOURCE = 'issue 18 ("Python\'s 13.7–17 s"), measured on this kind of machine; not run here (rouge_score is not installable without PyPI)';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

console.log(`host: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}`);
console.log(`pairs: ${pairs.length} (XSum test: gold vs LEAD), ${RUNS} runs per figure (BENCH_RUNS), best and median\n`);

const fullRuns = new Map<RougeMode, Timing[]>();
for (const mode of ['rouge-score', 'rouge155'] as RougeMode[]) {
  const full: Timing[] = [];
  const scoringOnly: Timing[] = [];
  for (let r = 0; r < RUNS; r += 1) {
    full.push(timed(() => scoreCorpus(pairs, { mode })));
    scoringOnly.push(timed(() => scoreCorpus(pairs, { mode, bootstrap: { resamples: 2 } })));
  }
  fullRuns.set(mode, full);
  const rate = (t: Timing): string => `${Math.round(pairs.length / (t.cpuMs / 1000)).toLocaleString('en-US')} pairs/s CPU`;
  const figures = (times: Timing[]): string => {
    const b = best(times);
    const m = median(times);
    return `best ${b.cpuMs.toFixed(0)} ms CPU / ${b.wallMs.toFixed(0)} ms wall (${rate(b)}), median ${m.cpuMs.toFixed(0)} ms CPU / ${m.wallMs.toFixed(0)} ms wall`;
  };
  console.log(`${mode}: scoring + 1000-resample bootstrap: ${figures(full)}`);
  console.log(`${mode}: scoring alone (tokenize, stem, P/R/F): ${figures(scoringOnly)}`);
}

// Speed-up over Python's rouge_score (scoring + bootstrap, one thread): the quoted range over ours.
const ours = fullRuns.get('rouge-score') as Timing[];
const speedUp = (label: string, ms: number): string => `${label} ${(PYTHON_SECONDS.low / (ms / 1000)).toFixed(1)}–${(PYTHON_SECONDS.high / (ms / 1000)).toFixed(1)}×`;
console.log(`\nPython rouge_score 0.1.2, same pairs, scoring + bootstrap: ${PYTHON_SECONDS.low}–${PYTHON_SECONDS.high} s (${PYTHON_SOURCE})`);
console.log(
  `speed-up of rouge-score mode over it: ${speedUp('by best CPU time', best(ours).cpuMs)}, ${speedUp('by median CPU time', median(ours).cpuMs)}, ` +
    `${speedUp('by best wall time', Math.min(...ours.map((t) => t.wallMs)))}, ${speedUp('by median wall time', median(ours).wallMs)}`,
);

// Memory: heap added by each result (per-pair scores and tokens, kept for --per-pair): constant per pair = linear.
console.log('');
const held: unknown[] = [];
globalThis.gc?.();
let previous = process.memoryUsage().heapUsed;
for (const share of [0.25, 0.5, 1]) {
  const subset = pairs.slice(0, Math.round(pairs.length * share));
  held.push(scoreCorpus(subset, { mode: 'rouge-score', bootstrap: { resamples: 2 } }));
  globalThis.gc?.();
  const now = process.memoryUsage().heapUsed;
  console.log(`memory: one more result for ${subset.length} pairs adds ${mb(now - previous)} of heap (${((now - previous) / subset.length / 1024).toFixed(2)} KiB per pair)`);
  previous = now;
}
console.log(`memory: ${held.length} results held; peak resident set of the whole bench ${mb(process.resourceUsage().maxRSS * 1024)}`);

// A fixed integer loop: run the bench on an idle machine to see how much the load above slowed it.
const calibration = timed(() => {
  let sum = 0;
  for (let i = 0; i < 1e8; i += 1) sum += i % 7;
  if (sum < 0) console.log(sum);
});
console.log(`calibration: 1e8-iteration integer loop ${calibration.cpuMs.toFixed(0)} ms CPU, ${calibration.wallMs.toFixed(0)} ms wall`);
