import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../src/action/run-action.js';
import { deliverSignal } from '../../src/engine/index.js';
import { listRunFiles } from '../../src/github/index.js';
import { FakeArtifactClient } from '../github/fake-artifact-client.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { enginePgid, FAKE_ENGINE, faultTree, freePort, liveMembers, readResults, readSavedState, requestLines } from './support/fault-run.js';

/**
 * The last phase of "Signals at every phase" (docs/fault-matrix.md): a signal while the action uploads the
 * run folder. The main step runs in this process through runAction (what dist/main calls), its inputs as
 * INPUT_* variables, the engine `external` at a scripted loopback server or a launched fake engine, and a
 * fake artifact client whose uploadArtifact delivers the signal through deliverSignal (what the process's
 * SIGINT and SIGTERM handlers call) while the upload is in flight, and resolves only after that. The upload
 * is the real call path: runAction → benchmarkAndGate → runGateStep → uploadRunFolder →
 * client.uploadArtifact. No wall clock decides when the signal comes.
 *
 * Each run must end with exit 130, results.json rewritten as `interrupted` naming the signal with every
 * other field as uploaded, every file of the run folder still there, and a launched engine (already
 * stopped when the load ended) sent exactly one SIGTERM with none of its processes left.
 */
const REPEAT = 20;
const LAUNCHED_REPEAT = 5;
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const ARTICLES = ['Article one about the weather.', 'Article two about sport.'];
const PR = 42;
/** The files every run leaves (docs/fault-matrix.md), with the gate's comparison; a launched engine adds output.txt. */
const RUN_FOLDER_FILES = ['results.json', 'requests.jsonl', 'predictions.jsonl', 'console.log', 'report.html', 'comparison.json'];

/** The upload holds the signal: it arrives after the files are listed and before the upload resolves. */
class SignalDuringUpload extends FakeArtifactClient {
  /** results.json and the file list as the upload received them. */
  uploaded: { results: Record<string, unknown>; files: string[] } | null = null;

  constructor(private readonly signal: NodeJS.Signals) {
    super();
  }

  override async uploadArtifact(name: string, files: string[], rootDirectory: string, options?: unknown) {
    this.uploaded = { results: JSON.parse(readFileSync(join(rootDirectory, 'results.json'), 'utf8')) as Record<string, unknown>, files: files.map((f) => relative(rootDirectory, f)).sort() };
    deliverSignal(this.signal);
    return super.uploadArtifact(name, files, rootDirectory, options);
  }
}

/** A runner-like environment for one run: inputs, event payload, command files (no token: no API calls). */
function runnerEnv(cwd: string): { state: string } {
  const dir = join(cwd, 'runner');
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  const files = { summary: join(dir, 'summary.md'), output: join(dir, 'output.txt'), state: join(dir, 'state.txt'), event: join(dir, 'event.json') };
  for (const path of [files.summary, files.output, files.state]) writeFileSync(path, '');
  writeFileSync(files.event, JSON.stringify({
    repository: { full_name: 'octo/engine', default_branch: 'main' },
    pull_request: { number: PR, head: { repo: { full_name: 'octo/engine' } }, base: { repo: { full_name: 'octo/engine' } } },
  }));
  Object.assign(process.env, {
    GITHUB_REPOSITORY: 'octo/engine',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: `refs/pull/${PR}/merge`,
    GITHUB_SHA: 'abc123',
    GITHUB_RUN_ID: '777',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: join(dir, 'tmp'),
    RUNNER_ENVIRONMENT: 'self-hosted',
    INPUT_HOST: 'host.yaml',
    INPUT_OUT: 'run',
    'INPUT_ARTIFACT-NAME': 'infergate-run',
    INPUT_COMMENT: 'false',
  });
  return files;
}

/** The run's workspace: a launched fake engine, or `external` at the scripted server. */
function tree(engine: 'launched' | ScriptedServer, port: number): string {
  if (engine !== 'launched') {
    return faultTree({ binary: FAKE_ENGINE, port, articles: ARTICLES, engine: 'external', endpoint: engine.url, hostExtra: ['model_name: scripted'] });
  }
  return faultTree({
    binary: FAKE_ENGINE,
    port,
    articles: ARTICLES,
    // It lingers a little after its SIGTERM, so a second SIGTERM would show in its log.
    env: { FAKE_ENGINE_STARTUP_MS: '0', FAKE_ENGINE_TERM_DELAY_MS: '100' },
    engineOptions: ['  stop_grace_s: 10'],
  });
}

/** One main step with the signal delivered during the upload, and everything the run must leave. */
async function interruptedUpload(signal: NodeJS.Signals, engine: 'launched' | ScriptedServer, repetition: string): Promise<void> {
  const home = process.cwd();
  const cwd = tree(engine, await freePort());
  const runDir = join(cwd, 'run');
  const runner = runnerEnv(cwd);
  const client = new SignalDuringUpload(signal);
  process.chdir(cwd);
  const code = await runAction({ artifactClient: client }).finally(() => process.chdir(home));

  expect(client.uploaded, `${repetition}: the upload was reached`).not.toBeNull();
  expect(code, repetition).toBe(130);
  const results = readResults(runDir);
  const { status: uploadedStatus, failure: uploadedFailure, ...uploadedFields } = client.uploaded!.results;
  expect({ status: uploadedStatus, failure: uploadedFailure ?? null }, 'the run itself had completed').toEqual({ status: 'completed', failure: null });
  expect(results.status).toBe('interrupted');
  expect(results.failure).toEqual({ message: `interrupted by ${signal} during the report and upload; the run itself had completed`, exit_code: 130 });
  const { status: _status, failure: _failure, ...fields } = results;
  expect(fields, 'every other field of results.json as uploaded').toEqual(uploadedFields);
  expect(results.headline.completed_requests).toBe(ARTICLES.length);

  // Every file the upload took is still in the run folder, and nothing a run leaves is missing from it.
  const kept = listRunFiles(runDir).map((f) => relative(runDir, f));
  for (const file of client.uploaded!.files) expect(kept, repetition).toContain(file);
  for (const file of [...RUN_FOLDER_FILES, ...(engine === 'launched' ? ['output.txt'] : [])]) expect(client.uploaded!.files, `${file} uploaded`).toContain(file);
  expect(requestLines(runDir)).toHaveLength(ARTICLES.length);
  // The post step finds no engine to stop: the main step cleared what it saved.
  expect(readSavedState(runner.state)['engine-pgid'] ?? '').toBe('');

  if (engine !== 'launched') return;
  // The engine was stopped once, when the load ended; the late signal sent it nothing more.
  const output = readFileSync(join(runDir, 'output.txt'), 'utf8');
  expect(output.match(/fake-engine: SIGTERM #\d+/g), 'SIGTERMs the engine received').toEqual(['fake-engine: SIGTERM #1']);
  expect(await liveMembers(enginePgid(runDir)!)).toEqual([]);
}

describe('a signal while the action uploads the run folder: exit 130, interrupted, every file kept (in-process, the main step)', () => {
  const home = process.cwd();
  const savedEnv = { ...process.env };
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: { tokens: 4, ttft_ms: 0, itl_ms: 0 } });
  });
  afterAll(async () => {
    process.chdir(home);
    await server.close();
  });
  beforeEach(() => {
    // The action's log (::group::, ::error:: and the rest) is not the test's output.
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    // core.setFailed sets the exit code the runner would read; this process is the test runner.
    process.exitCode = undefined;
  });

  it.each(SIGNALS)(`upload, %s × ${REPEAT} (external engine)`, async (signal) => {
    for (let i = 0; i < REPEAT; i++) await interruptedUpload(signal, server, `repetition ${i + 1}`);
  }, 120_000);

  // The engine's readiness is polled every 500 ms, so launched runs cost more: fewer repetitions here.
  it.each(SIGNALS)(`upload, %s × ${LAUNCHED_REPEAT} (launched engine): one SIGTERM, nothing left running`, async (signal) => {
    for (let i = 0; i < LAUNCHED_REPEAT; i++) await interruptedUpload(signal, 'launched', `repetition ${i + 1}`);
  }, 120_000);
});
