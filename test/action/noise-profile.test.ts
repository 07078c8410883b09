import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../src/action/run-action.js';
import type { Comparison } from '../../src/gate/comparison.js';
import { buildNoiseProfile } from '../../src/gate/noise-profile.js';
import type { ResultsDocument } from '../../src/run-folder/results-document.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';

/**
 * The action's gate (`mode: run`) reads the noise profile named by the `noise-profile` input, and with
 * `trusted-ref` reads it at that commit as it reads the thresholds: a pull request must not widen its own
 * noise (issue 16, item 2; docs/gate.md, "Calibration"). The main step runs in-process (runAction, inputs
 * as INPUT_* variables) in a git checkout on a pull_request event, against a scripted engine; the base
 * commit holds the baseline file and a profile of 6 runs, the pull request's commit a profile of its own.
 */
const ROWS = 8;
const actionYml = yaml.load(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default?: string }> };

let engine: ScriptedServer;
let repo: string;
let baseSha: string;
let log: string[] = [];
let steps = 0;
const saved = { env: process.env, cwd: process.cwd() };

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' }).trim();
}

/** One main step: action.yml's defaults, then `inputs`, as the runner sets them; the log captured. */
async function step(inputs: Record<string, string>): Promise<{ code: number; log: string }> {
  const runner = join(repo, '.runner', String(++steps));
  mkdirSync(runner, { recursive: true });
  const event = join(runner, 'event.json');
  writeFileSync(event, JSON.stringify({
    repository: { full_name: 'octo/engine', default_branch: 'main' },
    pull_request: { number: 7, head: { repo: { full_name: 'octo/engine' } }, base: { repo: { full_name: 'octo/engine' }, sha: baseSha } },
  }));
  const env: NodeJS.ProcessEnv = {
    PATH: saved.env.PATH, HOME: saved.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'octo/engine', GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event, GITHUB_REF: 'refs/pull/7/merge', GITHUB_SHA: 'abc123', GITHUB_RUN_ID: '777', GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9', GITHUB_STEP_SUMMARY: join(runner, 'summary.md'), GITHUB_OUTPUT: join(runner, 'output.txt'),
    RUNNER_TEMP: runner, RUNNER_ENVIRONMENT: 'self-hosted',
  };
  for (const [name, spec] of Object.entries(actionYml.inputs)) if (!(spec.default ?? '').includes('${{')) env[`INPUT_${name.toUpperCase()}`] = spec.default ?? '';
  for (const [name, value] of Object.entries({ host: 'host.yaml', comment: 'false', 'upload-artifact': 'false', ...inputs })) env[`INPUT_${name.toUpperCase()}`] = value;
  writeFileSync(env.GITHUB_STEP_SUMMARY!, '');
  writeFileSync(env.GITHUB_OUTPUT!, '');
  log = [];
  process.env = env;
  try {
    return { code: await runAction(), log: log.join('') };
  } finally {
    process.env = saved.env;
  }
}

const comparisonOf = (runDir: string) => JSON.parse(readFileSync(join(repo, runDir, 'comparison.json'), 'utf8')) as Comparison;
/** The between-run noise each gated metric of the calibrated verdict was judged with. */
const gatedDetails = (comparison: Comparison) => comparison.metrics.filter((m) => m.noise.method === 'robust-interval').map((m) => m.noise.detail);

beforeAll(async () => {
  engine = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: { tokens: 8, ttft_ms: 50, itl_ms: 5 } });
  const rows = readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8').split('\n').slice(0, ROWS).join('\n');
  repo = tempTree({
    'host.yaml': ['data_path: xsum.jsonl', 'log_path: log', 'engine: external', 'gpu_nums: 1', 'vendor: acme', 'config_path: configs', `endpoint: ${engine.url}`, 'model_name: scripted'].join('\n'),
    'configs/acme/external/task.yaml': `task_nums: ${ROWS}\nload: { shape: concurrency, concurrency: 4, warmup_requests: 0 }\ntelemetry: { enabled: false }\n`,
    'xsum.jsonl': `${rows}\n`,
  }, 'infergate-noise-profile-');
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    log.push(String(chunk));
    return true;
  });
  process.chdir(repo);

  // The default branch's run: its results are the baseline file, and six copies of it the calibration runs
  // (a profile on this run's fingerprint; its spread is zero, so the within-run noise is the floor).
  const first = await step({ out: 'run-1' });
  expect(first.code, first.log).toBe(0);
  const results = JSON.parse(readFileSync(join(repo, 'run-1', 'results.json'), 'utf8')) as ResultsDocument;
  const profile = buildNoiseProfile(Array.from({ length: 6 }, (_, i) => ({ ...results, run_id: `calibration-${i}` })), new Date());
  mkdirSync(join(repo, 'bench'));
  cpSync(join(repo, 'run-1', 'results.json'), join(repo, 'bench', 'baseline.json'));
  writeFileSync(join(repo, 'noise-profile.json'), JSON.stringify(profile));
  writeFileSync(join(repo, 'other-env-profile.json'), JSON.stringify({ ...profile, fingerprint: { ...profile.fingerprint, accelerator: 'another accelerator' } }));
  writeFileSync(join(repo, 'bad-profile.json'), JSON.stringify({ ...profile, runs: 1 }));
  git('init', '-q', '-b', 'main');
  git('add', 'bench/baseline.json', 'noise-profile.json', 'other-env-profile.json', 'bad-profile.json');
  git('commit', '-q', '-m', 'base: baseline and the runner noise profile');
  baseSha = git('rev-parse', 'HEAD');

  // The pull request widens its own noise: a profile of 9 runs whose every metric spreads by e (×2.7).
  const widened = { ...profile, runs: 9, metrics: Object.fromEntries(Object.entries(profile.metrics).map(([name, m]) => [name, { ...m, sd_log: 1 }])) };
  writeFileSync(join(repo, 'noise-profile.json'), JSON.stringify(widened));
  writeFileSync(join(repo, 'pr-only-profile.json'), JSON.stringify(widened));
  git('add', 'noise-profile.json', 'pr-only-profile.json');
  git('commit', '-q', '-m', 'the pull request widens its noise');
}, 120_000);

afterEach(() => {
  process.env = saved.env;
});

afterAll(async () => {
  vi.restoreAllMocks();
  process.chdir(saved.cwd);
  await engine?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('the action gate reads the noise profile at the trusted ref', () => {
  it("with trusted-ref: base, each gated metric's between-run noise is the base commit's calibration profile", async () => {
    const run = await step({ out: 'run-trusted', 'baseline-file': 'bench/baseline.json', 'trusted-ref': 'base' });
    expect(run.code, run.log).toBe(0);
    const details = gatedDetails(comparisonOf('run-trusted'));
    expect(details.length).toBeGreaterThan(0);
    for (const detail of details) expect(detail).toContain('between runs: calibration profile of 6 runs');
    expect(run.log).toMatch(new RegExp(`^noise profile noise-profile\\.json at base commit ${baseSha.slice(0, 12)}: 6 calibration runs`, 'm'));
  }, 60_000);

  it("never uses the pull request's own copy when a trusted ref is set (it would without one)", async () => {
    // Without trusted-ref the checkout's file is read: the pull request's widened profile of 9 runs.
    const untrusted = await step({ out: 'run-checkout', 'baseline-file': 'bench/baseline.json' });
    expect(untrusted.code, untrusted.log).toBe(0);
    for (const detail of gatedDetails(comparisonOf('run-checkout'))) expect(detail).toContain('calibration profile of 9 runs');

    // A profile only the pull request has is no profile at the base commit: said in one line, the gate runs without one.
    const prOnly = await step({ out: 'run-pr-only', 'baseline-file': 'bench/baseline.json', 'trusted-ref': 'base', 'noise-profile': 'pr-only-profile.json' });
    expect(prOnly.code, prOnly.log).toBe(0);
    const details = gatedDetails(comparisonOf('run-pr-only'));
    expect(details.length).toBeGreaterThan(0);
    for (const detail of details) expect(detail).not.toContain('calibration profile');
    expect(prOnly.log.match(/no noise profile at pr-only-profile\.json at base commit [0-9a-f]{12}: /g)).toHaveLength(1);
  }, 120_000);

  it('does not use a profile from another environment, and says so in the notice', async () => {
    const run = await step({ out: 'run-other-env', 'baseline-file': 'bench/baseline.json', 'trusted-ref': 'base', 'noise-profile': 'other-env-profile.json' });
    expect(run.code, run.log).toBe(0);
    const comparison = comparisonOf('run-other-env');
    expect(comparison.notices.join(' ')).toMatch(/noise profile was measured on another environment \(accelerator differ/);
    for (const detail of gatedDetails(comparison)) expect(detail).not.toContain('calibration profile');
  }, 60_000);

  it('stops at a malformed profile before the engine starts, with one sentence naming the file, the commit and the key (exit 2)', async () => {
    const failed = step({ out: 'run-bad-profile', 'baseline-file': 'bench/baseline.json', 'trusted-ref': 'base', 'noise-profile': 'bad-profile.json' });
    await expect(failed).rejects.toThrow(new RegExp(`^bad-profile\\.json at base commit ${baseSha.slice(0, 12)}: key runs: `));
    await expect(failed).rejects.toMatchObject({ exitCode: 2 });
    // Read with the thresholds before the benchmark: no run was spent on a gate that could not judge it.
    expect(existsSync(join(repo, 'run-bad-profile'))).toBe(false);
  }, 60_000);
});
