/**
 * npm run bench:memory — the built CLI (dist/cli/index.js: run `npm run build` first) as a user runs it:
 * `infergate run` over N XSum-shaped rows against the scripted vLLM-shaped server (16 tokens, first token
 * and every next one at once), 256 streams in a closed loop. Prints, per N:
 * - start_to_first_request_ms: from just before the CLI process is spawned to the server's arrival of the
 *   first completion request (the server reads the body, then stamps; both clocks are this host's);
 * - peak_rss_mb: the whole process's VmHWM (/proc/PID/status), read every 10 ms while it runs (the last
 *   read is at most 10 ms before exit, so a peak in those last 10 ms would be missed);
 * - per phase, the highest VmRSS sampled in it: start-up (spawn → first request), load (→ the N-th
 *   request's arrival), read-back and scoring (→ predictions.jsonl appears), results, report and exports
 *   (→ exit);
 * and with more than one N the slope of the peak between the first and the last, in MB per 100,000 requests.
 *
 *   npm run bench:memory [-- --requests 100000,1000000] [--concurrency 256] [--tokens 16] [--article-words 48]
 *       [--node-args --cpu-prof,--cpu-prof-dir=DIR] [--cli OTHER/cli/index.js] [--keep]
 *
 * The rows are the 50 fixture articles cut to their first `--article-words` words, cycled with unique ids:
 * the bench measures what infergate holds per request, not the size of an article.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { epochNow, startScriptedServer } from '../test/support/scripted-server.js';
import { TINY_MODEL_CONFIG } from '../test/support/tiny-model-config.js';

const ROOT = path.join(import.meta.dirname, '..');
type Phase = 'start-up' | 'load' | 'read-back and scoring' | 'results, report and exports';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const REQUESTS = option('requests', '100000').split(',').map(Number);
const CONCURRENCY = Number(option('concurrency', '256'));
const TOKENS = Number(option('tokens', '16'));
const ARTICLE_WORDS = Number(option('article-words', '48'));
// Another build to measure (e.g. one made with scripts/build-dist.mjs --out-dir) instead of dist/.
// Keep the run's folder (printed) to measure later stages on their own, e.g. `infergate report` on it.
const KEEP = process.argv.includes('--keep');
const CLI = path.resolve(option('cli', path.join(ROOT, 'dist/cli/index.js')));
// Extra node flags for the CLI process, e.g. --node-args=--cpu-prof,--cpu-prof-dir=/tmp/prof to see where start-up goes.
const NODE_ARGS = option('node-args', '').split(',').filter(Boolean);
const mb = (kb: number): number => Math.round(kb / 1024);

interface RunFigures {
  requests: number;
  exit_code: number | null;
  wall_s: number;
  start_to_first_request_ms: number | null;
  peak_rss_mb: number;
  phase_peak_rss_mb: Partial<Record<Phase, number>>;
  requests_jsonl_mb: number;
  stdout: string;
}

/** One row a line, as data_path expects: the fixture articles cut short and cycled, each with its own id. */
function writeRows(file: string, count: number): void {
  const fixture = fs.readFileSync(path.join(ROOT, 'test/fixtures/xsum/sample-50.jsonl'), 'utf8').trim().split('\n');
  const rows = fixture.map((line) => JSON.parse(line) as { document: string; summary: string });
  const out = fs.openSync(file, 'w');
  try {
    for (let i = 0; i < count; i++) {
      const row = rows[i % rows.length]!;
      const document = row.document.split(/\s+/).slice(0, ARTICLE_WORDS).join(' ');
      fs.writeSync(out, `${JSON.stringify({ document, summary: row.summary, id: `row-${i}` })}\n`);
    }
  } finally {
    fs.closeSync(out);
  }
}

function statusKb(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return null;
  }
}

async function runOnce(requests: number): Promise<RunFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'infergate-bench-memory-'));
  let arrivals = 0;
  let firstArrival: number | null = null;
  const server = await startScriptedServer({
    shape: 'vllm', model: 'scripted', record: false, defaults: { tokens: TOKENS, ttft_ms: 0, itl_ms: 0 },
    onArrival: (method, urlPath, at) => {
      if (method !== 'POST' || !urlPath.endsWith('completions')) return;
      arrivals++;
      firstArrival ??= at;
    },
  });
  try {
    writeRows(path.join(dir, 'xsum.jsonl'), requests);
    fs.writeFileSync(path.join(dir, 'host.yaml'), ['model_path: model', 'data_path: xsum.jsonl', 'log_path: log', 'engine: external', 'gpu_nums: 1', 'vendor: acme', 'config_path: configs', `endpoint: ${server.url}`, 'model_name: scripted', ''].join('\n'));
    fs.mkdirSync(path.join(dir, 'configs/acme/external'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'configs/acme/external/task.yaml'), `GPU_NAME: H100-SXM\nGPU_BF16: 989.4\ntask_nums: ${requests}\nrequest:\n  max_tokens: ${TOKENS}\nload:\n  shape: concurrency\n  concurrency: ${CONCURRENCY}\n`);
    fs.mkdirSync(path.join(dir, 'model'));
    fs.writeFileSync(path.join(dir, 'model/config.json'), JSON.stringify(TINY_MODEL_CONFIG));
    const runDir = path.join(dir, 'run');
    const phasePeak: Partial<Record<Phase, number>> = {};
    let phase: Phase = 'start-up';
    let hwm = 0;
    const started = epochNow();
    const child = spawn(process.execPath, [...NODE_ARGS, CLI, 'run', '--host', 'host.yaml', '--out', 'run'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
    const sample = (): void => {
      if (phase === 'start-up' && firstArrival !== null) phase = 'load';
      if (phase === 'load' && arrivals >= requests) phase = 'read-back and scoring';
      if (phase === 'read-back and scoring' && fs.existsSync(path.join(runDir, 'predictions.jsonl'))) phase = 'results, report and exports';
      const kb = statusKb(child.pid!);
      if (kb === null) return;
      hwm = Math.max(hwm, kb.hwm);
      phasePeak[phase] = Math.max(phasePeak[phase] ?? 0, mb(kb.rss));
    };
    const sampler = setInterval(sample, 10);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(sampler);
    if (code !== 0) process.stderr.write(`infergate run exited ${code}:\n${stderr}\n`);
    const requestsFile = path.join(runDir, 'requests.jsonl');
    return {
      requests, exit_code: code, wall_s: Math.round(epochNow() - started) / 1000,
      start_to_first_request_ms: firstArrival === null ? null : Math.round(((firstArrival as number) - started) * 10) / 10,
      peak_rss_mb: mb(hwm), phase_peak_rss_mb: phasePeak,
      requests_jsonl_mb: fs.existsSync(requestsFile) ? Math.round(fs.statSync(requestsFile).size / 2 ** 20) : 0,
      stdout: stdout.trim(),
    };
  } finally {
    await server.close();
    if (KEEP) process.stdout.write(`${JSON.stringify({ kept: dir })}\n`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

if (!fs.existsSync(CLI)) {
  process.stderr.write(`bench:memory runs the built CLI: ${CLI} is missing (npm run build)\n`);
  process.exit(2);
}
const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version, load_average: os.loadavg().map((x) => Math.round(x * 100) / 100), worktree_commit: commit() };
process.stdout.write(`${JSON.stringify({ machine, cli: path.relative(ROOT, CLI), concurrency: CONCURRENCY, tokens: TOKENS, article_words: ARTICLE_WORDS })}\n`);
const runs: RunFigures[] = [];
for (const requests of REQUESTS) {
  const figures = await runOnce(requests);
  runs.push(figures);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
if (runs.length > 1) {
  const [first, last] = [runs[0]!, runs.at(-1)!];
  const slope = ((last.peak_rss_mb - first.peak_rss_mb) / (last.requests - first.requests)) * 100_000;
  process.stdout.write(`${JSON.stringify({ slope_mb_per_100k_requests: Math.round(slope * 10) / 10, from: first.requests, to: last.requests })}\n`);
}
process.stdout.write(`${JSON.stringify({ load_average_after: os.loadavg().map((x) => Math.round(x * 100) / 100) })}\n`);
