import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupMembers } from '../../src/engine/index.js';
import { GATE_COMMENT_MARKER } from '../../src/github/pr-comment.js';
import { MockGitHubApi } from '../github/mock-github-api.js';
import { FAKE_ENGINE, freePort } from '../support/fake-engine-settings.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';

/**
 * The action as the runner runs it: the BUILT entries (dist/main, dist/post) in a child process, inputs as
 * INPUT_* variables (action.yml's defaults first, as the runner sets them, then the step's `with:`),
 * GITHUB_* variables and files, the GitHub REST API mocked on 127.0.0.1, and `engine: external` pointed
 * at the scripted server (every request: first token 500 ms after arrival, 8 tokens 5 ms apart: long enough
 * that a busy machine's few milliseconds of delay stay far below the 20% regression the test makes).
 */
const MAIN = fileURLToPath(new URL('../../dist/main/index.js', import.meta.url));
const POST = fileURLToPath(new URL('../../dist/post/index.js', import.meta.url));
const ACTION_YML = fileURLToPath(new URL('../../action.yml', import.meta.url));
const ROWS = 8;
const PR = 42;

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}
const actionYml = yaml.load(readFileSync(ACTION_YML, 'utf8')) as ActionYml;

/** What @actions/core reads: INPUT_ + the name upper-cased with spaces (not dashes) turned to '_'. */
const inputVar = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** The runner sets a variable for every declared input, holding its default unless the step gives one. */
function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const value = spec.default ?? '';
    if (!value.includes('${{')) env[inputVar(name)] = value;
  }
  for (const [name, value] of Object.entries(inputs)) env[inputVar(name)] = value;
  return env;
}

interface Step {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
}

/** GITHUB_OUTPUT / GITHUB_STATE files: `name<<DELIMITER\nvalue\nDELIMITER\n` entries. */
function readCommandFile(path: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const match of readFileSync(path, 'utf8').matchAll(pattern)) entries[match[1]!] = match[3]!;
  return entries;
}

let api: MockGitHubApi;
let engine: ScriptedServer;
let cwd: string;
let stepCount = 0;

/**
 * Runs one step (a built entry) in a fresh runner-like environment; nothing leaks in from the test's own.
 * `crashWhen` SIGKILLs the step as soon as its GITHUB_STATE file satisfies it (a runner losing the job).
 */
function runStep(entry: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}, crashWhen?: (state: Record<string, string>) => boolean): Promise<Step> {
  const dir = join(cwd, 'runner', String(++stepCount));
  mkdirSync(dir, { recursive: true });
  const files = { summary: join(dir, 'summary.md'), output: join(dir, 'output.txt'), state: join(dir, 'state.txt'), event: join(dir, 'event.json') };
  for (const path of [files.summary, files.output, files.state]) writeFileSync(path, '');
  writeFileSync(files.event, JSON.stringify({
    repository: { full_name: 'octo/engine', default_branch: 'main' },
    pull_request: { number: PR, head: { repo: { full_name: 'octo/engine' } }, base: { repo: { full_name: 'octo/engine' } } },
  }));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo/engine',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: `refs/pull/${PR}/merge`,
    GITHUB_SHA: 'abc123',
    GITHUB_RUN_ID: '777',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api.url,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: join(dir, 'tmp'),
    RUNNER_ENVIRONMENT: 'self-hosted',
    ...inputEnv(inputs),
    ...extraEnv,
  };
  mkdirSync(join(dir, 'tmp'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const watch = crashWhen && setInterval(() => {
      if (crashWhen(readCommandFile(files.state))) child.kill('SIGKILL');
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (watch) clearInterval(watch);
      resolve({ code, stdout, stderr, outputs: readCommandFile(files.output), state: readCommandFile(files.state), summary: readFileSync(files.summary, 'utf8') });
    });
  });
}

beforeAll(async () => {
  api = new MockGitHubApi();
  await api.start();
  engine = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: { tokens: 8, ttft_ms: 500, itl_ms: 5 } });
  const rows = readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8').split('\n').slice(0, ROWS).join('\n');
  cwd = tempTree({
    'host.yaml': ['data_path: xsum.jsonl', 'log_path: log', 'engine: external', 'gpu_nums: 1', 'vendor: acme', 'config_path: configs', `endpoint: ${engine.url}`, 'model_name: scripted'].join('\n'),
    'configs/acme/external/task.yaml': `task_nums: ${ROWS}\nload:\n  shape: concurrency\n  concurrency: 4\n`,
    'configs/acme/llamacpp/task.yaml': `task_nums: ${ROWS}\n`,
    // A launched engine (an endpoint would mean a running one: docs/engines.md).
    'launched.yaml': ['data_path: xsum.jsonl', 'log_path: log', 'engine: llamacpp', 'model_path: fake.gguf', 'gpu_nums: 1', 'vendor: acme', 'config_path: configs', 'model_name: scripted'].join('\n'),
    'fake.gguf': 'not a model: the fake engine never reads it\n',
    'xsum.jsonl': `${rows}\n`,
  }, 'infergate-action-');
});

afterAll(async () => {
  await engine?.close();
  await api?.stop();
  if (cwd) rmSync(cwd, { recursive: true, force: true });
});

describe('the built action (dist/main) on a pull request', () => {
  let first: Step;
  let second: Step;

  beforeAll(async () => {
    first = await runStep(MAIN, { host: 'host.yaml', out: 'run-1', 'github-token': 'test-token' });
    // The baseline: the first run's results with every TTFT figure cut so the same server now measures 20% worse.
    const baseline = JSON.parse(readFileSync(join(cwd, 'run-1', 'results.json'), 'utf8')) as { headline: Record<string, number | null>; request_samples?: unknown };
    for (const [name, value] of Object.entries(baseline.headline)) {
      if (name.startsWith('ttft_') && typeof value === 'number') baseline.headline[name] = value / 1.2;
    }
    // The edited headline no longer matches the run's per-request samples: dropped, the file is judged as
    // results written before they existed (the classic verdict, docs/gate.md).
    delete baseline.request_samples;
    mkdirSync(join(cwd, 'bench'));
    writeFileSync(join(cwd, 'bench', 'baseline.json'), JSON.stringify(baseline, null, 2));
    second = await runStep(MAIN, { host: 'host.yaml', out: 'run-2', 'github-token': 'test-token', 'baseline-file': 'bench/baseline.json' });
  }, 120_000);

  it('exits 0 without a baseline and sets its outputs', () => {
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^TTFT:[0-9.]+$/m);
    expect(first.outputs['run-dir']).toBe('run-1');
    expect(first.outputs['results-path']).toBe(join('run-1', 'results.json'));
    expect(Number(first.outputs.ttft)).toBeGreaterThanOrEqual(0.5);
    expect(Number(first.outputs.throughput)).toBeGreaterThan(0);
    expect(Number(first.outputs.tps)).toBeCloseTo(Number(first.outputs.throughput) * 8, 6);
    expect(Number(first.outputs.time)).toBeGreaterThan(0);
    expect(first.outputs.verdict).toBe('skipped');
    expect(first.outputs.regressed).toBe('');
    expect(first.outputs['baseline-source']).toMatch(/none/);
    // Every output the action sets is declared in action.yml, so workflows can read it.
    for (const name of Object.keys(first.outputs)) expect(Object.keys(actionYml.outputs)).toContain(name);
    // The engine was external: nothing for the post step to stop.
    expect(first.state['engine-pgid']).toBe('');
  });

  it('groups its log by phase, one status line after each group, the figures and the verdict visible when folded', () => {
    const groups = [...first.stdout.matchAll(/^::group::(.*)$/gm)].map((m) => m[1]);
    expect(groups).toEqual(['infergate: configuration and dataset', 'infergate: engine start', 'infergate: load', 'infergate: metrics and run folder', 'infergate: gate, summary and publishing']);
    expect(first.stdout.match(/^::endgroup::$/gm)).toHaveLength(groups.length);
    expect(first.stdout).toMatch(/^infergate: metrics and run folder — TTFT:[0-9.]+ Throughput:[0-9.]+ Tps:[0-9.]+ Time:[0-9.]+/m);
    expect(first.stdout).toMatch(/^infergate: gate, summary and publishing — verdict: skipped \([0-9.]+ s\)$/m);
  });

  it('writes the job summary', () => {
    expect(first.summary).toMatch(/^### infergate: .*skipped/m);
    expect(first.summary).toContain('No comparison: no baseline was found');
    // Metric names are Markdown-escaped in the table.
    expect(second.summary).toMatch(/^### infergate: ❌ .* → regression/m);
    expect(second.summary).toMatch(/^\| TTFT mean <sub>ttft\\_ms\\_mean<\/sub> \| ↓ \| [0-9.]+ ms \| [0-9.]+ ms \| 🔴 ▲ \+[0-9.]+% \| ❌ fail \|$/m);
  });

  it('attempts the artifact upload and only warns without the runtime token', () => {
    expect(first.stdout).toMatch(/^::warning::artifact "infergate-run" was not uploaded: .*ACTIONS_RUNTIME_TOKEN/m);
    expect(first.stdout).not.toMatch(/^::error::/m);
  });

  it('creates one PR comment, then updates it in place', () => {
    const posts = api.requests.filter((r) => r.method === 'POST' && r.path === `/repos/octo/engine/issues/${PR}/comments`);
    const patches = api.requests.filter((r) => r.method === 'PATCH');
    expect(posts).toHaveLength(1);
    expect(patches).toHaveLength(1);
    expect(posts[0]!.auth).toBe('token test-token');
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.issue).toBe(PR);
    expect(api.comments[0]!.body).toContain(GATE_COMMENT_MARKER);
    // The second run's verdict replaced the first's.
    expect(api.comments[0]!.body).toMatch(/^### infergate: ❌ .* → regression/m);
    expect(api.comments[0]!.body).not.toContain('No comparison');
    expect(first.outputs['comment-url']).toBe(second.outputs['comment-url']);
    expect(second.outputs['comment-url']).toBe(`https://github.test/o/r/pull/${PR}#issuecomment-${api.comments[0]!.id}`);
  });

  it('fails with exit 1 on a 20% TTFT regression against the baseline file', () => {
    expect(second.code, second.stdout + second.stderr).toBe(1);
    expect(second.outputs.verdict).toBe('fail');
    expect(second.outputs.regressed?.split(',')).toContain('ttft_ms_mean');
    expect(second.outputs['baseline-source']).toContain('bench/baseline.json');
    expect(second.stdout).toMatch(/^::error::regression past a fail threshold: .*ttft_ms_mean/m);
    // A pull request never writes the baseline back.
    expect(JSON.parse(readFileSync(join(cwd, 'bench', 'baseline.json'), 'utf8')).headline.ttft_ms_mean).toBeLessThan(Number(second.outputs.ttft) * 1000);
  });
});

describe('the built action when the benchmark fails midway', () => {
  it('exits with the engine failure code, still writes the summary and attempts the upload', async () => {
    // Nothing listens on port 9 (discard): the external engine never becomes ready.
    const step = await runStep(MAIN, {
      host: 'host.yaml', out: 'run-3', comment: 'false', 'github-token': 'test-token',
      set: 'endpoint=http://127.0.0.1:9\nengine_options.startup_timeout_s=1\n# comments and blank lines are ignored\n',
    });
    expect(step.code, step.stdout + step.stderr).toBe(3);
    expect(step.stdout).toMatch(/^::error::.*127\.0\.0\.1:9/m);
    expect(step.outputs['run-dir']).toBe('run-3');
    expect(JSON.parse(readFileSync(join(cwd, 'run-3', 'results.json'), 'utf8')).status).toBe('failed');
    expect(step.summary).toMatch(/^### infergate: /m);
    expect(step.stdout).toMatch(/^::warning::artifact "infergate-run" was not uploaded: /m);
  }, 60_000);
});

describe('the built action on a fork pull request', () => {
  it('refuses to run on a self-hosted runner unless allowed, before launching anything', async () => {
    const event = join(cwd, 'fork-event.json');
    writeFileSync(event, JSON.stringify({
      repository: { full_name: 'octo/engine', default_branch: 'main' },
      pull_request: { number: 99, head: { repo: { full_name: 'stranger/engine' } }, base: { repo: { full_name: 'octo/engine' } } },
    }));
    const step = await runStep(MAIN, { host: 'host.yaml', out: 'run-fork', 'github-token': 'test-token' }, { GITHUB_EVENT_PATH: event });
    expect(step.code).toBe(4);
    expect(step.stdout).toMatch(/^::error::refusing to run pull request #99 from fork stranger\/engine on a self-hosted runner/m);
    expect(step.outputs['run-dir']).toBeUndefined();
  });
});

describe('the built post step (dist/post)', () => {
  it('after the main step crashed: stops the engine the main step saved in GITHUB_STATE', async () => {
    // A real engine process (the fake engine, launched by the llamacpp adapter) with a child of its own,
    // slow to start, so the main step is killed while the engine runs and never stops it itself.
    // The engine's environment is built, not inherited (engine-environment.test.ts): its settings go through engine_options.env.
    const engineEnv = 'engine_options.env.FAKE_ENGINE_STARTUP_MS="20000"\nengine_options.env.FAKE_ENGINE_CHILD="1"';
    const main = await runStep(MAIN, { host: 'launched.yaml', out: 'run-crash', comment: 'false', set: `engine_options.binary=${FAKE_ENGINE}\nengine_options.port=${await freePort()}\n${engineEnv}` },
      {},
      (state) => /^\d+$/.test(state['engine-pgid'] ?? ''));
    expect(main.code, main.stdout + main.stderr).toBeNull(); // killed
    const pgid = Number(main.state['engine-pgid']);
    try {
      for (let i = 0; i < 300 && groupMembers(pgid).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      expect(groupMembers(pgid)).toHaveLength(2);
      // The runner hands the main step's saved state to the post step as STATE_<name> variables.
      const post = await runStep(POST, {}, { 'STATE_engine-pgid': main.state['engine-pgid']!, 'STATE_engine-pid': main.state['engine-pid']! });
      expect(post.code, post.stdout + post.stderr).toBe(0);
      expect(post.stdout).toContain(`process group ${pgid} stopped`);
      expect(groupMembers(pgid)).toEqual([]);
    } finally {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // already gone, as expected
      }
    }
  }, 60_000);

  it('stops the engine process group the main step left running', async () => {
    // A stand-in engine: a group leader with a child of its own, both alive until signalled.
    const leader = spawn(process.execPath, ['-e', "require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); setInterval(() => {}, 1000);"], { detached: true, stdio: 'ignore' });
    const pgid = leader.pid!;
    try {
      for (let i = 0; i < 300 && groupMembers(pgid).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      expect(groupMembers(pgid)).toHaveLength(2);
      const post = await runStep(POST, {}, { 'STATE_engine-pgid': String(pgid), 'STATE_engine-pid': String(pgid) });
      expect(post.code, post.stdout + post.stderr).toBe(0);
      expect(post.stdout).toContain(`::warning::infergate post: the main step left the engine running (process group ${pgid}); stopping it`);
      expect(groupMembers(pgid)).toEqual([]);
    } finally {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // already gone, as expected
      }
    }
  });

  it('does nothing when the main step stopped its engine itself', async () => {
    const post = await runStep(POST, {}, { 'STATE_engine-pgid': '', 'STATE_engine-pid': '' });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('infergate post: no engine was left running');
  });
});
