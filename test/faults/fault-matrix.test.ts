import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_CLI } from '../support/run-cli.js';
import {
  BUILT_MAIN, BUILT_POST, enginePgid, readSavedState, FAKE_ENGINE, faultTree, freePort, liveMembers, readResults, requestLines, SCRIPTED_ENGINE, startCli, waitFor,
  type TreeOptions,
} from './support/fault-run.js';
import { fillDisk, mountSmallDisk } from './support/small-disk.js';

/**
 * The fault matrix (docs/fault-matrix.md): the built CLI runs a real engine process (the fake engine or the
 * scripted server, launched as `vllm` through engine_options.binary) that fails in one way per case. Each
 * case states its verdict (status in results.json), exit code and the files it keeps; after every case no
 * process of the engine's group is left, and the run folder holds a parseable results.json that says
 * failed/interrupted, a requests.jsonl of whole JSON lines, output.txt and console.log.
 */
const ARTICLES = ['Article one about the weather.', 'Article two about sport.', 'Article three about news.', 'Article four about the weather.'];
const with_ = (i: number, directive: string, articles = ARTICLES): string[] => articles.map((a, j) => (j === i ? `${a} [[${directive}]]` : a));

interface Verdict {
  code: number;
  status: 'failed' | 'interrupted' | 'completed';
  /** The `infergate: ...` line on stderr. */
  line: RegExp;
}

/** The checks every case ends with. */
async function expectKeptRunFolder(runDir: string, verdict: Verdict, options: { requestsFile?: boolean } = {}): Promise<Record<string, any>> {
  const results = readResults(runDir);
  expect(results.schema).toBe('infergate/results');
  expect(results.status).toBe(verdict.status);
  if (verdict.status === 'completed') expect(results.failure ?? null).toBeNull();
  else expect(results.failure.exit_code).toBe(verdict.code);
  if (options.requestsFile !== false) requestLines(runDir);
  expect(existsSync(join(runDir, 'output.txt')), 'output.txt').toBe(true);
  expect(readFileSync(join(runDir, 'console.log'), 'utf8')).toContain('results:');
  const pgid = enginePgid(runDir);
  if (pgid !== null) expect(await liveMembers(pgid), `live processes of engine group ${pgid}`).toEqual([]);
  return results;
}

function errorLine(stderr: string): string {
  return stderr.split('\n').find((line) => line.startsWith('infergate: ')) ?? `(no infergate: line in)\n${stderr}`;
}

interface MatrixCase {
  name: string;
  tree: (port: number) => Omit<TreeOptions, 'port'>;
  verdict: Verdict;
  /** Further checks on requests.jsonl and output.txt. */
  check?: (records: Array<Record<string, any>>, output: string, results: Record<string, any>) => void;
}

const scripted = (articles: string[], extra: Partial<TreeOptions> = {}): Omit<TreeOptions, 'port'> => ({ binary: SCRIPTED_ENGINE, articles, extraArgs: ['--itl', '5', '--tokens', '8'], ...extra });
const failedKinds = (records: Array<Record<string, any>>) => records.filter((r) => r.error !== null).map((r) => `${r.id}:${r.error.kind}`);

const matrix: MatrixCase[] = [
  {
    name: 'engine exits during startup',
    tree: () => ({ binary: FAKE_ENGINE, articles: ARTICLES, env: { FAKE_ENGINE_MODE: 'exit-during-startup', FAKE_ENGINE_STARTUP_MS: '100' } }),
    verdict: { code: 3, status: 'failed', line: /vllm engine exited with code 3 before it was ready; last \d+ log lines/ },
    check: (records, output) => {
      expect(records).toEqual([]);
      expect(output).toContain('CUDA out of memory');
    },
  },
  {
    name: 'engine never becomes ready',
    tree: () => ({ binary: FAKE_ENGINE, articles: ARTICLES, env: { FAKE_ENGINE_MODE: 'never-ready' }, startupTimeoutS: 1 }),
    verdict: { code: 3, status: 'failed', line: /vllm engine was not ready after 1 s \(startup timeout\)/ },
    check: (records, output) => {
      expect(records).toEqual([]);
      expect(output).toContain('stopping process group');
    },
  },
  {
    name: 'engine dies mid-run',
    tree: () => ({ binary: FAKE_ENGINE, articles: ARTICLES, env: { FAKE_ENGINE_MODE: 'die-mid-run', FAKE_ENGINE_DIE_AFTER: '3' }, hostExtra: ['load:', '  shape: concurrency', '  concurrency: 1'] }),
    verdict: { code: 3, status: 'failed', line: /the engine exited during the run \(code none, signal SIGKILL\)/ },
    check: (records, output) => {
      // The readiness probe is the fake's request 1, so it dies half-way through measured request 2 (r2).
      expect(records).toHaveLength(4);
      expect(records.find((r) => r.id === 'r1')!.error).toBeNull();
      const r2 = records.find((r) => r.id === 'r2')!;
      expect(r2.error.kind).toBe('connection_reset');
      expect(r2.text_event_ms.length).toBeGreaterThan(0);
      // The later requests find nobody listening.
      expect(failedKinds(records).filter((k) => k.startsWith('r3') || k.startsWith('r4'))).toEqual(['r3:connection_refused', 'r4:connection_refused']);
      expect(output).toContain('dying mid-run');
    },
  },
  {
    name: 'engine hangs mid-stream (request timeout)',
    tree: () => scripted(with_(1, 'fault=stall@3'), { hostExtra: ['request:', '  timeout_s: 5'] }),
    verdict: { code: 4, status: 'failed', line: /1 of 4 measured requests failed \(25\.0%\), above the limit of 0\.0%; first: request r2 \(timeout\): no complete response within the 5000 ms request timeout$/ },
    check: (records) => {
      expect(failedKinds(records)).toEqual(['r2:timeout']);
      const hung = records.find((r) => r.id === 'r2')!;
      expect(hung.text_event_ms).toHaveLength(3);
      expect(hung.close_ms).toBeGreaterThanOrEqual(4990);
    },
  },
  {
    name: 'engine returns 5xx for some requests',
    tree: () => scripted(with_(3, 'fault=status:503', with_(0, 'fault=status:503'))),
    verdict: { code: 4, status: 'failed', line: /2 of 4 measured requests failed \(50\.0%\), above the limit of 0\.0%; first: request r1 \(http_status\): .*503/ },
    check: (records, _output, results) => {
      expect(failedKinds(records).sort()).toEqual(['r1:http_status', 'r4:http_status']);
      expect(records.find((r) => r.id === 'r1')!.error.status).toBe(503);
      expect(results.headline.completed_requests).toBe(2);
    },
  },
  {
    name: 'engine returns 5xx within the allowed failure rate',
    tree: () => scripted(with_(0, 'fault=status:503'), { hostExtra: ['load:', '  max_failure_rate: 0.25'] }),
    verdict: { code: 0, status: 'completed', line: /^$/ },
    check: (records, _output, results) => {
      expect(failedKinds(records)).toEqual(['r1:http_status']);
      expect(results.headline.failed_requests).toBe(1);
      expect(results.headline.completed_requests).toBe(3);
    },
  },
  {
    name: 'engine sends malformed SSE',
    tree: () => scripted(with_(2, 'fault=garbage@2')),
    verdict: { code: 4, status: 'failed', line: /1 of 4 measured requests failed .*; first: request r3 \(malformed_event\): event data is not JSON/ },
    check: (records) => {
      expect(failedKinds(records)).toEqual(['r3:malformed_event']);
      expect(records.find((r) => r.id === 'r3')!.error.message).toMatch(/not JSON/);
    },
  },
  {
    name: 'engine resets connections mid-stream',
    tree: () => scripted(with_(1, 'fault=reset@2', with_(2, 'fault=reset@4'))),
    verdict: { code: 4, status: 'failed', line: /2 of 4 measured requests failed .*; first: request r2 \(connection_reset\)/ },
    check: (records) => {
      expect(failedKinds(records).sort()).toEqual(['r2:connection_reset', 'r3:connection_reset']);
      // Frames written just before a reset may be discarded with it (TCP RST), so at most 4 arrive.
      expect(records.find((r) => r.id === 'r3')!.text_event_ms.length).toBeLessThanOrEqual(4);
    },
  },
  {
    name: 'engine streams very slowly (completes, measured as slow)',
    tree: () => scripted(ARTICLES.slice(0, 2), { extraArgs: ['--ttft', '50', '--itl', '250', '--tokens', '5'] }),
    verdict: { code: 0, status: 'completed', line: /^$/ },
    check: (records, _output, results) => {
      expect(failedKinds(records)).toEqual([]);
      // Timers fire late, never early, on the server; a late first token shortens the mean gap a little.
      expect(results.headline.tpot_ms_mean).toBeGreaterThanOrEqual(225);
      for (const r of records) expect(r.e2el_ms).toBeGreaterThanOrEqual(50 + 4 * 250 - 1);
    },
  },
  {
    name: 'engine streams slower than the time budget',
    tree: () => scripted(ARTICLES.slice(0, 2), { extraArgs: ['--ttft', '50', '--itl', '250', '--tokens', '20'], hostExtra: ['load:', '  time_budget_s: 1'] }),
    verdict: { code: 4, status: 'failed', line: /no measured request finished before the run stopped/ },
    check: (records, output) => {
      expect(failedKinds(records).sort()).toEqual(['r1:aborted', 'r2:aborted']);
      expect(output).toContain('SIGTERM');
    },
  },
];

describe('fault matrix: engine and stream faults', () => {
  it('runs against the built CLI and post step', () => {
    expect(existsSync(BUILT_CLI), 'dist/cli/index.js is missing: run `npm run build`').toBe(true);
    expect(existsSync(BUILT_POST), 'dist/post/index.js is missing: run `npm run build`').toBe(true);
  });

  it.each(matrix)('$name → exit $verdict.code, $verdict.status', async (testCase) => {
    const cwd = faultTree({ port: await freePort(), ...testCase.tree(0) });
    const run = startCli(cwd);
    const { code } = await run.done;
    const runDir = join(cwd, 'run');
    expect(code, run.stderr()).toBe(testCase.verdict.code);
    if (testCase.verdict.code === 0) expect(run.stderr()).not.toMatch(/^infergate: /m);
    else expect(errorLine(run.stderr())).toMatch(testCase.verdict.line);
    expect(run.stderr()).not.toMatch(/\n\s+at /);
    const results = await expectKeptRunFolder(runDir, testCase.verdict);
    testCase.check?.(requestLines(runDir), readFileSync(join(runDir, 'output.txt'), 'utf8'), results);
  }, 60_000);
});

describe('fault matrix: the host', () => {
  let blocker: Server | undefined;
  afterEach(() => {
    blocker?.close();
    blocker = undefined;
  });

  it('the port is taken → exit 3, the engine is never launched, output.txt says why', async () => {
    const port = await freePort();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(port, '127.0.0.1', resolve));
    const cwd = faultTree({ port, binary: SCRIPTED_ENGINE, articles: ARTICLES });
    const run = startCli(cwd);
    expect((await run.done).code, run.stderr()).toBe(3);
    expect(errorLine(run.stderr())).toMatch(new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`));
    const runDir = join(cwd, 'run');
    await expectKeptRunFolder(runDir, { code: 3, status: 'failed', line: /./ });
    expect(enginePgid(runDir)).toBeNull();
    expect(requestLines(runDir)).toEqual([]);
    expect(readFileSync(join(runDir, 'output.txt'), 'utf8')).toContain('already in use');
  }, 60_000);

  it('the log folder cannot be created → exit 2 with one line, before any engine starts', async () => {
    // Tests run as root, for whom a read-only folder is still writable; a path under a regular file is not
    // a folder for anyone, so mkdir fails with ENOTDIR whatever the user.
    const cwd = faultTree({ port: await freePort(), binary: SCRIPTED_ENGINE, articles: ARTICLES, logPath: 'somefile/sub', files: { somefile: 'not a folder\n' } });
    const child = spawn(process.execPath, [BUILT_CLI, 'run', '--host', 'host.yaml'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(2);
    const lines = stderr.trim().split('\n').filter((line) => !line.startsWith('[infergate]'));
    expect(lines).toEqual([expect.stringMatching(/^infergate: log_path somefile\/sub\/vllm\/[0-9-a-f]+: cannot create a writable run folder \(ENOTDIR\)$/)]);
    // Nothing to keep: no folder could be made; and the engine was never launched.
    expect(readFileSync(join(cwd, 'somefile'), 'utf8')).toBe('not a folder\n');
    expect(stderr).not.toContain('engine ready');
  }, 60_000);

  it.runIf(existsSync('/dev/full'))('the disk is full under requests.jsonl → exit 4 naming the file, engine stopped, results kept', async () => {
    // An honest ENOSPC without privileges: requests.jsonl and output.txt are links to /dev/full, on which
    // every write fails with ENOSPC, exactly as on a full disk. (A whole full filesystem would also refuse
    // results.json; that needs a mount, see the next case.)
    const cwd = faultTree({ port: await freePort(), binary: SCRIPTED_ENGINE, articles: ARTICLES });
    const runDir = join(cwd, 'run');
    mkdirSync(runDir);
    symlinkSync('/dev/full', join(runDir, 'requests.jsonl'));
    symlinkSync('/dev/full', join(runDir, 'output.txt'));
    const run = startCli(cwd);
    expect((await run.done).code, run.stderr()).toBe(4);
    expect(errorLine(run.stderr())).toMatch(/requests\.jsonl: cannot write request record 1 \(ENOSPC: the disk is full\)/);
    const results = await expectKeptRunFolder(runDir, { code: 4, status: 'failed', line: /./ }, { requestsFile: false });
    expect(results.failure.message).toContain('ENOSPC');
  }, 60_000);

  // Mounted in a hook, so a run that filters these cases out mounts nothing; unmounted after them.
  let disk: ReturnType<typeof mountSmallDisk> = null;
  beforeAll(() => {
    disk = mountSmallDisk(2048);
  });
  afterAll(() => disk?.unmount());
  const needsDisk = (ctx: { skip: (note?: string) => void }) => {
    if (disk === null) ctx.skip('needs root and mount rights for a small tmpfs');
  };

  it('the disk is full before the run → exit 2 naming the file, no engine launched (needs root + mount)', async (ctx) => {
    needsDisk(ctx);
    const runDir = join(disk!.dir, 'before', 'run');
    mkdirSync(runDir, { recursive: true });
    fillDisk(join(disk!.dir, 'before', 'filler'));
    const cwd = faultTree({ port: await freePort(), binary: SCRIPTED_ENGINE, articles: ARTICLES });
    const run = startCli(cwd, ['--out', runDir]);
    const { code } = await run.done;
    rmSync(join(disk!.dir, 'before', 'filler')); // the next case needs the space
    expect(code, run.stderr()).toBe(2);
    expect(errorLine(run.stderr())).toBe(`infergate: run folder ${runDir}: cannot write results.json (ENOSPC: the disk is full)`);
    expect(run.stderr()).not.toContain('engine ready');
    expect(enginePgid(runDir)).toBeNull();
    expect(readdirSync(runDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('the disk fills mid-run → exit 4, engine stopped, the results.json written at the start stays whole (needs root + mount)', async (ctx) => {
    needsDisk(ctx);
    const runDir = join(disk!.dir, 'during', 'run');
    const cwd = faultTree({ port: await freePort(), ...scripted(ARTICLES, { extraArgs: ['--ttft', '50', '--itl', '40', '--tokens', '40'] }) });
    const run = startCli(cwd, ['--out', runDir]);
    await waitFor('the engine to be ready', () => run.stderr().includes('engine ready'), run);
    fillDisk(join(disk!.dir, 'during', 'filler'));
    expect((await run.done).code, run.stderr()).toBe(4);
    expect(errorLine(run.stderr())).toMatch(/cannot write the run's results \(ENOSPC: the disk is full\); results\.json is still the one written when the run started; the run had failed: .*requests\.jsonl: cannot write request record 1 \(ENOSPC/);
    const results = readResults(runDir);
    expect(results.status).toBe('failed');
    expect(results.failure.message).toContain('did not finish');
    requestLines(runDir);
    expect(readdirSync(runDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await liveMembers(enginePgid(runDir)!)).toEqual([]);
  }, 60_000);
});

describe('fault matrix: cancellation and the post step', () => {
  const slow = (): Omit<TreeOptions, 'port'> => scripted(ARTICLES, { extraArgs: ['--ttft', '50', '--itl', '100', '--tokens', '60'] });

  it.each(['SIGINT', 'SIGTERM'] as const)('%s to the CLI mid-run → exit 130, interrupted, engine stopped, partial files kept', async (signal) => {
    const cwd = faultTree({ port: await freePort(), ...slow() });
    const run = startCli(cwd);
    // Every request has text to keep (an event in the engine's log, not a delay).
    const output = join(cwd, 'run', 'output.txt');
    await waitFor('4 streams to flow', () => existsSync(output) && readFileSync(output, 'utf8').includes('4 streams have each written 2 tokens'), run);
    run.child.kill(signal);
    const { code } = await run.done;
    expect(code, run.stderr()).toBe(130);
    expect(run.stderr()).toContain(`${signal} received`);
    expect(errorLine(run.stderr())).toBe(`infergate: interrupted by ${signal}`);
    const runDir = join(cwd, 'run');
    await expectKeptRunFolder(runDir, { code: 130, status: 'interrupted', line: /./ });
    const records = requestLines(runDir);
    expect(records).toHaveLength(4);
    for (const record of records) {
      expect(record.error?.kind).toBe('aborted');
      expect(record.text_event_ms.length).toBeGreaterThan(0); // what streamed before the signal is kept
    }
    // The engine was sent one SIGTERM (a second one cuts vLLM's clean shutdown short).
    expect(readFileSync(output, 'utf8').match(/scripted-engine: SIGTERM/g)).toEqual(['scripted-engine: SIGTERM']);
  }, 60_000);

  it('cancelled as GitHub does it, SIGINT then SIGTERM before the run could stop → exit 130 at once, engine killed, files whole', async () => {
    const cwd = faultTree({ port: await freePort(), ...slow() });
    const run = startCli(cwd);
    const output = join(cwd, 'run', 'output.txt');
    await waitFor('a stream to flow', () => existsSync(output) && readFileSync(output, 'utf8').includes('streams have each written 2 tokens'), run);
    run.child.kill('SIGINT');
    // Any gap will do: the case holds whichever moment of the first signal's handling the second one hits.
    await new Promise((r) => setTimeout(r, 20));
    run.child.kill('SIGTERM');
    const { code } = await run.done;
    expect(code, run.stderr()).toBe(130);
    const runDir = join(cwd, 'run');
    const pgid = enginePgid(runDir)!;
    expect(await liveMembers(pgid)).toEqual([]);
    // Whatever moment the second signal hit, results.json is a whole document (atomic writes) that does
    // not claim success, and requests.jsonl holds whole lines.
    expect(['failed', 'interrupted']).toContain(readResults(runDir).status);
    requestLines(runDir);
  }, 60_000);

  it('post step after a crashed main step stops the engine group the main step left', async () => {
    const cwd = faultTree({ port: await freePort(), ...slow() });
    const run = startCli(cwd);
    await waitFor('the engine to be ready', () => run.stderr().includes('engine ready'), run);
    const runDir = join(cwd, 'run');
    const pgid = enginePgid(runDir);
    expect(pgid).not.toBeNull();
    // A crash: no handler runs, nothing is cleaned up.
    run.child.kill('SIGKILL');
    await run.done;
    expect((await liveMembers(pgid!, 0)).length, 'the engine outlived the crashed main step').toBeGreaterThan(0);

    // As the runner does: the saved state comes back as STATE_<name> variables.
    const post = spawn(process.execPath, [BUILT_POST], { env: { ...process.env, 'STATE_engine-pgid': String(pgid), 'STATE_engine-pid': String(pgid) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    post.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    post.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => post.on('close', resolve));
    expect(code, out).toBe(0);
    expect(out).toContain(`left the engine running (process group ${pgid}); stopping it`);
    expect(out).toContain(`process group ${pgid} stopped`);
    expect(await liveMembers(pgid!)).toEqual([]);

    // The crashed run still leaves a results.json that says it did not finish.
    const results = readResults(runDir);
    expect(results.status).toBe('failed');
    expect(results.failure.message).toContain('did not finish');
    requestLines(runDir);
    expect(readFileSync(join(runDir, 'output.txt'), 'utf8')).toContain('launch:');

    // Run again with the group gone: it says so and exits 0 (the second check below uses the action's own state).
    const again = spawn(process.execPath, [BUILT_POST], { env: { ...process.env, 'STATE_engine-pgid': String(pgid) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let againOut = '';
    again.stdout.on('data', (chunk: Buffer) => (againOut += chunk.toString()));
    expect(await new Promise((resolve) => again.on('close', resolve))).toBe(0);
    expect(againOut).toContain('has already exited');
  }, 60_000);
  /** The action's main step (dist/main) in a runner-like environment; GITHUB_STATE is a file in cwd. */
  function startActionMain(cwd: string) {
    const files = { state: join(cwd, 'state'), output: join(cwd, 'output'), summary: join(cwd, 'summary') };
    for (const file of Object.values(files)) writeFileSync(file, '');
    const env = {
      ...process.env, INPUT_HOST: 'host.yaml', INPUT_OUT: 'run', GITHUB_STATE: files.state, GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_REPOSITORY: 'octo/engine', GITHUB_EVENT_NAME: 'push', GITHUB_RUN_ID: '1', GITHUB_WORKSPACE: cwd, RUNNER_ENVIRONMENT: 'self-hosted',
    };
    const main = spawn(process.execPath, [BUILT_MAIN], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    main.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    main.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const done = new Promise<number | null>((resolve) => main.on('close', resolve));
    return { main, files, done, out: () => out };
  }

  async function runPost(saved: Record<string, string>): Promise<{ code: unknown; out: string }> {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const [name, value] of Object.entries(saved)) env[`STATE_${name}`] = value;
    const post = spawn(process.execPath, [BUILT_POST], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    post.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise((resolve) => post.on('close', resolve));
    return { code, out };
  }

  it('the action cancelled (SIGINT to the main step) → engine stopped, interrupted results, state cleared; the post step finds nothing', async () => {
    const cwd = faultTree({ port: await freePort(), ...slow() });
    const action = startActionMain(cwd);
    await waitFor('the engine to be ready in the action', () => action.out().includes('engine ready'));
    const pgid = Number(readSavedState(action.files.state)['engine-pgid']);
    const output = join(cwd, 'run', 'output.txt');
    await waitFor('4 streams to flow', () => existsSync(output) && readFileSync(output, 'utf8').includes('4 streams have each written 2 tokens'));
    action.main.kill('SIGINT');
    const code = await action.done;
    expect(code, action.out()).toBe(130);
    expect(await liveMembers(pgid)).toEqual([]);
    expect(readResults(join(cwd, 'run')).status).toBe('interrupted');
    requestLines(join(cwd, 'run'));
    // The gate step still ran: the job summary reports the interrupted run.
    const summary = readFileSync(action.files.summary, 'utf8');
    expect(summary).toMatch(/^### infergate: .*\n\n> \*\*Run interrupted\*\* \(exit 130\): interrupted by SIGINT$/m);
    expect(action.out()).toContain('::error::interrupted by SIGINT');
    expect(readFileSync(output, 'utf8').match(/scripted-engine: SIGTERM/g)).toEqual(['scripted-engine: SIGTERM']);
    const saved = readSavedState(action.files.state);
    expect(saved['engine-pgid']).toBe('');
    const post = await runPost(saved);
    expect(post.code).toBe(0);
    expect(post.out).toContain('no engine was left running');
  }, 60_000);

  it('post step after a crashed action main step, with the state the main step saved (GITHUB_STATE) as the runner passes it', async () => {
    const cwd = faultTree({ port: await freePort(), ...slow() });
    const action = startActionMain(cwd);
    const main = action.main;
    const mainDone = action.done;
    await waitFor('the engine to be ready in the action', () => action.out().includes('engine ready'));
    const saved = readSavedState(action.files.state);
    const pgid = Number(saved['engine-pgid']);
    expect(pgid).toBeGreaterThan(1);
    main.kill('SIGKILL'); // the main step crashes: nothing of its own clean-up runs
    await mainDone;
    expect((await liveMembers(pgid, 0)).length, 'the engine outlived the crashed main step').toBeGreaterThan(0);

    const { code, out } = await runPost(saved);
    expect(code, out).toBe(0);
    expect(out).toContain(`::warning::infergate post: the main step left the engine running (process group ${pgid}); stopping it`);
    expect(await liveMembers(pgid)).toEqual([]);
    const results = readResults(join(cwd, 'run'));
    expect(results.status).toBe('failed');
    requestLines(join(cwd, 'run'));
    expect(existsSync(join(cwd, 'run', 'output.txt'))).toBe(true);
  }, 60_000);
});
