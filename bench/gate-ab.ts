/**
 * npm run bench:gate-ab — the A/B mode's false-alarm and detection rates on real infergate runs.
 *
 * A scripted engine with a shared-runner noise model serves every block: per request, lognormal jitter on
 * the time to first token (CV 10%) and between tokens (CV 5%); per block, in 10% of blocks everything 5%
 * slower and in another 10% a 300 ms stall on a tenth of the requests. Blocks are recorded with
 * runBenchmark, the same code `infergate ab` runs per block, for three engines: the base, a head 10% slower
 * to its first token, and a head with 10% lower output throughput (11.1% longer between tokens). Then
 * comparisons are drawn from the recorded blocks, each with its own blocks, and decided by the A/B rule
 * with the default settings (looks at 3 to 6 pairs, alpha 0.05 over 3 metrics × 4 looks, margin 5%):
 * A/A draws both sides from the base's blocks.
 *
 *   npm run bench:gate-ab [-- --blocks 60 --comparisons 200]
 *
 * (bench/gate.ts, branch verdict's bench:gate, takes this as its A/B column once both are merged.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { abLook, type AbPair } from '../src/gate/ab-effects.js';
import { seededUniform } from '../src/util/seeded-random.js';
import { runBenchmark } from '../src/pipeline/run-benchmark.js';
import type { Headline } from '../src/run-folder/results-document.js';
import { silentLogger } from '../src/util/logger.js';
import { startScriptedServer } from '../test/support/scripted-server.js';
import { TINY_MODEL_CONFIG } from '../test/support/tiny-model-config.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const BLOCKS = option('blocks', 60);
const COMPARISONS = option('comparisons', 200);
const ROWS = 40;
const CONCURRENCY = 8;
const BASE = { tokens: 20, ttft_ms: 40, itl_ms: 10 };

const random = seededUniform(16);
const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const lognormal = (cv: number) => Math.exp(cv * gaussian());

/** The disturbance of the block now running, drawn as each block starts. */
let block = { slow: 1, stall: false };
function drawBlock(): void {
  const u = random();
  block = { slow: u < 0.1 ? 1.05 : 1, stall: u >= 0.1 && u < 0.2 };
}

async function engine(ttftFactor: number, itlFactor: number) {
  return startScriptedServer({
    shape: 'vllm',
    model: 'scripted',
    record: false,
    defaults: BASE,
    plan: () => ({
      ttft_ms: BASE.ttft_ms * ttftFactor * block.slow * lognormal(0.1) + (block.stall && random() < 0.1 ? 300 : 0),
      itl_ms: BASE.itl_ms * itlFactor * block.slow * lognormal(0.05),
    }),
  });
}

function config(root: string, endpoint: string): string {
  const at = (path: string) => join(root, path);
  writeFileSync(at('host.yaml'), [`model_path: ${at('model')}`, `data_path: ${at('xsum.jsonl')}`, `log_path: ${at('log')}`, 'engine: external', 'gpu_nums: 1', 'vendor: acme', `config_path: ${at('configs')}`, `endpoint: ${endpoint}`, 'model_name: scripted'].join('\n'));
  return at('host.yaml');
}

async function recordBlocks(root: string, endpoint: string, label: string): Promise<Headline[]> {
  const host = config(root, endpoint);
  const headlines: Headline[] = [];
  for (let i = 0; i < BLOCKS; i++) {
    drawBlock();
    const outcome = await runBenchmark({ hostPath: host, overrides: [], outDir: join(root, 'blocks', `${label}-${i}`), allowPathsOutsideWorkspace: true }, { log: silentLogger, printLine: () => {} });
    if (outcome.error) throw outcome.error;
    headlines.push(outcome.results.headline);
  }
  return headlines;
}

/** n blocks drawn without replacement. */
function draw(pool: readonly Headline[], n: number): Headline[] {
  const copy = [...pool];
  return Array.from({ length: n }, () => copy.splice(Math.floor(random() * copy.length), 1)[0] as Headline);
}

function decide(basePool: readonly Headline[], headPool: readonly Headline[]): { verdict: string; pairs: number; ttft: string; tps: string } {
  const base = draw(basePool, 6);
  // A/A: the head's blocks come from the same pool, never the same block twice.
  const head = headPool === basePool ? draw(basePool.filter((h) => !base.includes(h)), 6) : draw(headPool, 6);
  const pairs: AbPair[] = base.map((b, i) => ({ base: b, head: head[i] as Headline }));
  for (let n = 3; n <= 6; n++) {
    const look = abLook(pairs.slice(0, n), { alpha: 0.05, margin_pct: 5, looks: 4 });
    const of = (name: string) => look.metrics.find((m) => m.name === name)?.decision ?? 'inconclusive';
    if (look.verdict !== 'inconclusive' || n === 6) return { verdict: look.verdict, pairs: n, ttft: of('ttft_ms_median'), tps: of('output_tps') };
  }
  throw new Error('unreachable');
}

function rates(basePool: readonly Headline[], headPool: readonly Headline[], metric: 'ttft' | 'tps' | null) {
  const tally: Record<string, number> = {};
  let pairs = 0;
  for (let i = 0; i < COMPARISONS; i++) {
    const result = decide(basePool, headPool);
    // A regression injected into one figure is detected when the verdict is regression, whichever gated
    // metric showed it first (longer gaps between tokens raise TPOT as they lower throughput).
    const outcome = metric === null ? result.verdict : result.verdict === 'regression' ? 'detected' : result.verdict;
    if (metric !== null && result[metric] === 'regression') tally[`${metric}-itself`] = (tally[`${metric}-itself`] ?? 0) + 1;
    tally[outcome] = (tally[outcome] ?? 0) + 1;
    pairs += result.pairs;
  }
  const share = (key: string) => `${(((tally[key] ?? 0) / COMPARISONS) * 100).toFixed(1)}%`;
  return { tally, share, meanPairs: (pairs / COMPARISONS).toFixed(2) };
}

function cv(values: number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
  return (Math.sqrt(variance) / mean) * 100;
}

function share2(result: ReturnType<typeof rates>, a: string, b: string): string {
  return `${((((result.tally[a] ?? 0) + (result.tally[b] ?? 0)) / COMPARISONS) * 100).toFixed(1)}%`;
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(os.tmpdir(), 'infergate-bench-ab-'));
  writeFileSync(join(root, 'xsum.jsonl'), readFileSync(new URL('../test/fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8'));
  mkdirSync(join(root, 'model'), { recursive: true });
  mkdirSync(join(root, 'configs/acme/external'), { recursive: true });
  writeFileSync(join(root, 'model/config.json'), JSON.stringify(TINY_MODEL_CONFIG));
  writeFileSync(join(root, 'configs/acme/external/task.yaml'), [`task_nums: ${ROWS}`, 'load:', '  shape: concurrency', `  concurrency: ${CONCURRENCY}`, 'telemetry:', '  enabled: false'].join('\n'));
  const servers = [await engine(1, 1), await engine(1.1, 1), await engine(1, 1 / 0.9)];
  const started = Date.now();
  try {
    const [base, slowTtft, lowTps] = [await recordBlocks(root, servers[0]!.url, 'base'), await recordBlocks(root, servers[1]!.url, 'ttft'), await recordBlocks(root, servers[2]!.url, 'tps')];
    const recordS = (Date.now() - started) / 1000;
    const aa = rates(base, base, null);
    const ttft = rates(base, slowTtft, 'ttft');
    const tps = rates(base, lowTps, 'tps');
    console.log(`A/B mode on real infergate runs: ${BLOCKS} recorded blocks per engine (${ROWS} requests at concurrency ${CONCURRENCY}, recorded in ${recordS.toFixed(0)} s), ${COMPARISONS} comparisons per case`);
    console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`block-to-block CV of the base's blocks: ${['ttft_ms_median', 'tpot_ms_median', 'output_tps'].map((name) => `${name} ${cv(base.map((h) => h[name] as number)).toFixed(1)}%`).join(', ')}`);
    console.log('| case | pass | inconclusive | false alarm (regression or improved) | detected (verdict regression) | by the changed metric itself | mean pairs |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    console.log(`| A/A | ${aa.share('pass')} | ${aa.share('inconclusive')} | ${share2(aa, 'regression', 'improved')} | — | — | ${aa.meanPairs} |`);
    console.log(`| TTFT +10% | ${ttft.share('pass')} | ${ttft.share('inconclusive')} | — | ${ttft.share('detected')} | ${ttft.share('ttft-itself')} | ${ttft.meanPairs} |`);
    console.log(`| throughput −10% | ${tps.share('pass')} | ${tps.share('inconclusive')} | — | ${tps.share('detected')} | ${tps.share('tps-itself')} | ${tps.meanPairs} |`);
  } finally {
    await Promise.all(servers.map((server) => server.close()));
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
