import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupMembers } from '../../../src/engine/process-group.js';
import { BUILT_CLI } from '../../support/run-cli.js';
import { tempTree } from '../../support/temp-tree.js';

/** The engines the matrix launches through `engine_options.binary` (both real child processes). */
export const SCRIPTED_ENGINE = fileURLToPath(new URL('./scripted-engine.mjs', import.meta.url));
export const FAKE_ENGINE = fileURLToPath(new URL('../../support/fake-engine.mjs', import.meta.url));
export const BUILT_POST = fileURLToPath(new URL('../../../dist/post/index.js', import.meta.url));
export const BUILT_MAIN = fileURLToPath(new URL('../../../dist/main/index.js', import.meta.url));

/**
 * The GITHUB_STATE file as the runner reads it after a step: `name<<DELIMITER`, value lines, `DELIMITER`;
 * a later value of a name wins. The runner hands each to the post step as STATE_<name>.
 */
export function readSavedState(file: string): Record<string, string> {
  const lines = readFileSync(file, 'utf8').split('\n');
  const state: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    state[match[1]!] = value.join('\n');
  }
  return state;
}

/** A port nobody listens on right now (the OS picks it), so parallel helpers on the machine do not clash. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface TreeOptions {
  binary: string;
  port: number;
  /** One article per row; put `[[fault=...]]` directives in those that should misbehave. */
  articles: string[];
  /** Lines appended to host.yaml (already indented for top level). */
  hostExtra?: string[];
  extraArgs?: string[];
  env?: Record<string, string>;
  startupTimeoutS?: number;
  logPath?: string;
  files?: Record<string, string>;
  /** `vllm` (launched through `binary`) unless set; `external` needs `endpoint`. */
  engine?: 'vllm' | 'external';
  endpoint?: string;
  /** Lines appended under engine_options (already indented). */
  engineOptions?: string[];
  /** null: no data_path (the XSum split is downloaded from dataset.hub_url). */
  dataPath?: string | null;
}

/** A workspace with host.yaml (engine vllm, launched through `binary`), task.yaml and the data rows. */
export function faultTree(options: TreeOptions): string {
  const env = Object.entries(options.env ?? {}).map(([k, v]) => `    ${k}: "${v}"`);
  const engine = options.engine ?? 'vllm';
  const host = [
    'model_path: model',
    ...(options.dataPath === null ? [] : [`data_path: ${options.dataPath ?? 'data.jsonl'}`]),
    `log_path: ${options.logPath ?? 'logs'}`,
    `engine: ${engine}`,
    ...(options.endpoint === undefined ? [] : [`endpoint: ${options.endpoint}`]),
    'gpu_nums: 1',
    'vendor: acme',
    'config_path: cfg',
    'engine_options:',
    `  port: ${options.port}`,
    `  binary: ${JSON.stringify(options.binary)}`,
    `  startup_timeout_s: ${options.startupTimeoutS ?? 30}`,
    `  extra_args: ${JSON.stringify(options.extraArgs ?? [])}`,
    ...(env.length > 0 ? ['  env:', ...env] : []),
    ...(options.engineOptions ?? []),
    'telemetry:',
    '  enabled: false',
    ...(options.hostExtra ?? []),
  ].join('\n');
  const warmupSet = (options.hostExtra ?? []).some((line) => line.includes('warmup_requests'));
  const rows = options.articles.map((document, i) => JSON.stringify({ id: `r${i + 1}`, document, summary: 'A short summary of the article.' }));
  return tempTree({
    'host.yaml': `${host}\n`,
    // Fault tests are about faults and signals, not the warm-up: it is off, so each scripted fault meets the
    // requests a test names; a test about the warm-up sets load.warmup_requests in host.yaml itself.
    [`cfg/acme/${engine}/task.yaml`]: `GPU_NAME: H100-SXM\nGPU_FP16: 989\ntask_nums: ${options.articles.length}\n${warmupSet ? '' : 'load:\n  warmup_requests: 0\n'}`,
    'model/config.json': '{}',
    'data.jsonl': `${rows.join('\n')}\n`,
    ...options.files,
  }, 'infergate-fault-');
}

export interface CliRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  exited: () => boolean;
}

/** Starts the built CLI (`infergate run --host host.yaml --out run ...`) without waiting for it. */
export function startCli(cwd: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): CliRun {
  const child = spawn(process.execPath, [BUILT_CLI, 'run', '--host', 'host.yaml', '--out', 'run', ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  let exited = false;
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => {
      exited = true;
      clearTimeout(timer);
      resolve({ code, signal });
    }),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, done, exited: () => exited };
}

/** Polls `condition`; fails at once when the CLI exited first (its stderr says why). */
export async function waitFor(what: string, condition: () => boolean, run?: CliRun, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (run?.exited()) throw new Error(`the CLI exited before ${what}:\n${run.stderr()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Lines of requests.jsonl, each parsed (a line that is not JSON fails the test). */
export function requestLines(runDir: string): Array<Record<string, any>> {
  const text = readFileSync(join(runDir, 'requests.jsonl'), 'utf8');
  expectEndsClean(text);
  return text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, any>);
}

function expectEndsClean(text: string): void {
  if (text !== '' && !text.endsWith('\n')) throw new Error('requests.jsonl ends in a partial line');
}

export function readResults(runDir: string): Record<string, any> {
  return JSON.parse(readFileSync(join(runDir, 'results.json'), 'utf8')) as Record<string, any>;
}

/** The engine's process group from engine-process.json (written right after spawning), or null. */
export function enginePgid(runDir: string): number | null {
  const file = join(runDir, 'engine-process.json');
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { pgid: number }).pgid;
}

/** Live members of the group, polled until none is left: the kernel may need a moment after SIGKILL (ms: a backstop). */
export async function liveMembers(pgid: number, ms = 10_000): Promise<number[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const members = groupMembers(pgid);
    if (members.length === 0 || Date.now() > deadline) return members;
    await new Promise((r) => setTimeout(r, 50));
  }
}
