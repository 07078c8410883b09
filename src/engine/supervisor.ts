import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RUN_FILES } from '../run-folder/layout.js';
import { writeJsonAtomic } from '../util/atomic-write.js';
import { EngineError, interruption } from '../util/errors.js';
import { redactSecretArgs } from '../util/secrets.js';
import { adapterFor } from './adapters.js';
import type { EngineAdapter, EngineQuirks, LaunchCommand } from './engine-adapter.js';
import { buildEngineEnvironment } from './engine-environment.js';
import { EngineLog } from './engine-log.js';
import { DEFAULT_STARTUP_TIMEOUT_S, DEFAULT_STOP_GRACE_S, type EngineSettings } from './engine-settings.js';
import { ENGINE_MARKER_VARIABLE, EngineTree } from './engine-tree.js';
import { readVersion } from './engine-version.js';
import { baseUrlFor } from './http-probe.js';
import { assertPortFree } from './port-check.js';
import { PROCESS_RECORD_FILE } from './process-record.js';
import { waitUntilReady } from './readiness.js';
import { guardEngine, releaseEngine, type GuardedEngine } from './shutdown-guard.js';

/** Lines of the engine's log quoted in an error. */
export const ERROR_TAIL_LINES = 50;
/** How often /proc is walked for workers while the engine runs (they are recorded for the post step). */
const TREE_WATCH_MS = 500;

export interface EngineExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningEngine {
  /** e.g. "http://127.0.0.1:8000" (no trailing slash, no /v1). */
  baseUrl: string;
  /** The `model` field requests must carry. */
  model: string;
  /** null for `external` (nothing was launched). */
  pid: number | null;
  pgid: number | null;
  version: string | null;
  quirks: EngineQuirks;
  /** Full URL of the Prometheus endpoint, or null when the engine has none. */
  metricsUrl: string | null;
  /** output.txt, or null for `external`. */
  logFile: string | null;
  /**
   * One SIGTERM to every process the engine started (its group and workers that left it), the grace
   * period, SIGKILL to whatever is left; resolves when none remains. Idempotent: one shared promise.
   */
  stop(): Promise<void>;
  /** Resolves when the engine's main process exits (never, for `external`). */
  exited: Promise<EngineExit>;
  logTail(n: number): string[];
}

export interface StartOptions {
  /** Aborting stops the engine (during startup: startEngine rejects with InterruptedError, exit 130). */
  signal?: AbortSignal;
  /** Each log line as it arrives (without timestamp), e.g. to echo it. */
  onLine?: (line: string) => void;
  /** Called right after spawning, e.g. so the action can save the group and its record for its post step. */
  onSpawn?: (process: { pid: number; pgid: number; recordFile: string }) => void;
  /** Time between SIGTERM and SIGKILL when stopping (default: settings.stopGraceS). */
  stopGraceMs?: number;
  /** Readiness poll interval. */
  pollMs?: number;
}

/** The launch line as output.txt shows it: the values of secret flags (--api-key, --hf-token) hidden. */
export const redactArgs = redactSecretArgs;

function failure(what: string, log: EngineLog | null): EngineError {
  if (log === null) return new EngineError(what);
  const tail = log.tail(ERROR_TAIL_LINES);
  const quoted = tail.length > 0 ? `; last ${tail.length} log lines (${log.path}):\n${tail.join('\n')}` : `; the engine wrote nothing (${log.path})`;
  return new EngineError(`${what}${quoted}`);
}

/**
 * Starts the configured engine and returns once it answers a 1-token request. Throws EngineError, with
 * the last 50 log lines, when the port is taken, the executable is missing, the engine exits before it is
 * ready, or startupTimeoutS passes, and InterruptedError (exit 130) when options.signal aborts first; in
 * every failure case everything the engine started is gone first.
 */
export async function startEngine(settings: EngineSettings, options: StartOptions = {}): Promise<RunningEngine> {
  const adapter = adapterFor(settings.engine);
  // An endpoint means the server is already running: reached with this engine's readiness and request settings.
  const launch = settings.endpoint === undefined ? adapter.launchCommand(settings) : null;
  if (launch === null) return attachExternal(settings, adapter, options);
  // Built, not inherited: the engine never sees the action's inputs or the runner's tokens.
  const env = buildEngineEnvironment(process.env, launch.env);
  const log = await openLogWithFreePort(settings, options);
  const engine = await launchProcess(settings, launch, env, log, options);

  const baseUrl = baseUrlFor(settings.host, settings.port);
  const model = adapter.requestModel(settings);
  const { startup, timeoutS, dispose } = startupDeadline(settings, options.signal);
  const outcome = await raceToReady({ baseUrl, adapter, model, exited: engine.exited, startup, pollMs: options.pollMs });
  dispose();
  startup.abort(); // ends the readiness loop whichever way the race went

  // Let the last lines it wrote arrive before quoting them; meanwhile a signal that reached the whole
  // group (a terminal's Ctrl-C) reaches infergate's handler too.
  if (outcome.kind === 'exit') await log.drain(500);
  // A signal wins over whatever else happened meanwhile: an engine that died of the group's SIGINT was
  // interrupted, not broken.
  if (options.signal?.aborted) return interrupted(engine, log, options.signal);
  if (outcome.kind !== 'ready') {
    const what = notReadyReason(settings, outcome, timeoutS);
    log.note(what);
    const error = failure(what, log);
    // Its main process is gone, so whatever is left of the tree (workers) gets no grace: the error must
    // not wait on them. A live engine that timed out or refused gets the normal SIGTERM grace.
    await engine.stopWithin(outcome.kind === 'exit' ? 0 : engine.graceMs).catch(() => undefined);
    throw error;
  }

  log.note(`ready at ${baseUrl}`);
  const version = await readVersion(adapter.version, { baseUrl, command: launch.command, env });
  log.note(`version: ${version ?? 'unknown'}`);
  if (options.signal?.aborted) return interrupted(engine, log, options.signal);
  options.signal?.addEventListener('abort', () => void engine.stop().catch(() => undefined), { once: true });
  return {
    baseUrl,
    model,
    pid: engine.pid,
    pgid: engine.pgid,
    version,
    quirks: adapter.quirks,
    metricsUrl: adapter.metricsPath === null ? null : `${baseUrl}${adapter.metricsPath}`,
    logFile: log.path,
    stop: engine.stop,
    exited: engine.exited,
    logTail: (n) => log.tail(n),
  };
}

/** output.txt, opened for every launched engine so a run folder always says why its engine never started; the port checked free. */
async function openLogWithFreePort(settings: EngineSettings, options: StartOptions): Promise<EngineLog> {
  mkdirSync(settings.logDir, { recursive: true });
  const log = new EngineLog(join(settings.logDir, RUN_FILES.engineOutput), options.onLine);
  try {
    await assertPortFree(settings.host, settings.port);
  } catch (error) {
    log.note((error as Error).message);
    await log.close();
    throw error;
  }
  return log;
}

/** How the wait for readiness ended. */
type StartupOutcome = { kind: 'ready' } | { kind: 'refused'; reason: string } | { kind: 'exit'; exit: EngineExit } | { kind: 'aborted'; answers?: string | null };

/** Whichever comes first: the engine answers, it exits, or the startup deadline (or a signal) aborts the wait. */
function raceToReady(race: { baseUrl: string; adapter: EngineAdapter; model: string; exited: Promise<EngineExit>; startup: AbortController; pollMs: number | undefined }): Promise<StartupOutcome> {
  const { startup } = race;
  return Promise.race([
    waitUntilReady({ baseUrl: race.baseUrl, adapter: race.adapter, model: race.model, signal: startup.signal, pollMs: race.pollMs }).then(
      (result): StartupOutcome => (result.ready ? { kind: 'ready' } : result.reason === 'aborted' ? { kind: 'aborted', answers: result.answers } : { kind: 'refused', reason: result.reason }),
    ),
    race.exited.then((exit): StartupOutcome => ({ kind: 'exit', exit })),
    new Promise<StartupOutcome>((resolve) => startup.signal.addEventListener('abort', () => resolve({ kind: 'aborted' }), { once: true })),
  ]);
}

/** The sentence for an engine that never became ready. */
function notReadyReason(settings: EngineSettings, outcome: Exclude<StartupOutcome, { kind: 'ready' }>, timeoutS: number): string {
  if (outcome.kind === 'exit') {
    const how = outcome.exit.signal !== null ? `was killed by ${outcome.exit.signal}` : `exited with code ${outcome.exit.code}`;
    return `${settings.engine} engine ${how} before it was ready`;
  }
  if (outcome.kind === 'refused') return `${settings.engine} engine is up but refused the readiness request: ${outcome.reason}`;
  return `${settings.engine} engine was not ready after ${timeoutS} s (startup timeout)${answeredSuffix(outcome.answers)}`;
}

async function interrupted(engine: LaunchedEngine, log: EngineLog, signal: AbortSignal): Promise<never> {
  const error = interruption(signal);
  log.note(`start-up ${error.message}`);
  await engine.stop().catch(() => undefined);
  throw error;
}

interface LaunchedEngine {
  pid: number;
  pgid: number;
  exited: Promise<EngineExit>;
  graceMs: number;
  stop(): Promise<void>;
  stopWithin(graceMs: number): Promise<void>;
}

/**
 * Spawns the engine as the leader of its own process group, with a marker in its environment, and
 * watches /proc for the workers it starts (recorded in engine-process.json). From here until stop()
 * resolves, the shutdown guard knows the engine.
 */
async function launchProcess(settings: EngineSettings, launch: LaunchCommand, env: NodeJS.ProcessEnv, log: EngineLog, options: StartOptions): Promise<LaunchedEngine> {
  log.note(`launch: ${launch.command} ${redactArgs(launch.args).join(' ')}`);
  if (Object.keys(launch.env).length > 0) log.note(`environment set: ${Object.keys(launch.env).sort().join(', ')}`);
  const marker = `${ENGINE_MARKER_VARIABLE}=${randomUUID()}`;
  const [markerName, markerValue] = marker.split('=') as [string, string];

  // detached: the engine leads its own process group, so one signal reaches its workers too.
  const child = spawn(launch.command, launch.args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, [markerName]: markerValue } });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  // A later 'error' (a failed kill) must not become an uncaught exception; stop() checks the tree itself.
  child.on('error', () => undefined);
  const exited = new Promise<EngineExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  log.attach(child.stdout, 'stdout');
  log.attach(child.stderr, 'stderr');

  const pid = child.pid;
  if (pid === undefined) {
    const error = await spawnError;
    log.note(`could not start: ${error.message}`);
    await log.close();
    throw new EngineError(`cannot start ${settings.engine} engine \`${launch.command}\`: ${spawnFailure(error, settings.binary)}`);
  }
  const pgid = pid;
  // Absolute: the post step may run from another working directory.
  const recordFile = resolve(settings.logDir, PROCESS_RECORD_FILE);
  const record = { engine: settings.engine, pid, command: launch.command, started_at: new Date().toISOString() };
  const tree: EngineTree = new EngineTree(pgid, marker, undefined, [], (escaped) => {
    log.note(`found ${escaped.length} process(es) the engine started outside its process group: ${escaped.map((p) => p.pid).join(', ')}`);
    writeJsonAtomic(recordFile, { ...record, ...tree.record() });
  });
  writeJsonAtomic(recordFile, { ...record, ...tree.record() });
  tree.watch(TREE_WATCH_MS);
  options.onSpawn?.({ pid, pgid, recordFile });

  const graceMs = options.stopGraceMs ?? (settings.stopGraceS ?? DEFAULT_STOP_GRACE_S) * 1000;
  let stopping: Promise<void> | null = null;
  const stopWithin = (grace: number): Promise<void> => {
    stopping ??= (async () => {
      const outside = tree.escapedIds().length > 0 ? ' and the processes it started outside it' : '';
      log.note(`stopping process group ${pgid}${outside}: one SIGTERM, SIGKILL to what is left after ${grace / 1000} s`);
      const gone = await tree.stop(grace);
      releaseEngine(guarded);
      await log.drain(1_000);
      if (!gone) log.note(`processes of engine group ${pgid} survived SIGKILL`);
      await log.close();
      if (!gone) throw new EngineError(`engine process group ${pgid} still has live processes after SIGKILL`);
    })();
    return stopping;
  };
  const stop = (): Promise<void> => stopWithin(graceMs);
  const guarded: GuardedEngine = { stop, killNow: () => tree.killNow() };
  guardEngine(guarded);
  return { pid, pgid, exited, graceMs, stop, stopWithin };
}

async function attachExternal(settings: EngineSettings, adapter: EngineAdapter, options: StartOptions): Promise<RunningEngine> {
  if (settings.endpoint === undefined || settings.endpoint.trim() === '') {
    throw new EngineError('engine "external" needs an endpoint URL (host.yaml: endpoint)');
  }
  const baseUrl = settings.endpoint.trim().replace(/\/+$/, '').replace(/\/v1$/, '');
  const model = adapter.requestModel(settings);
  const { startup, timeoutS, dispose } = startupDeadline(settings, options.signal);
  // Raced with the abort itself: the readiness loop notices it only after its poll interval.
  const aborted = new Promise<{ ready: false; reason: string; answers: null }>((resolve) => startup.signal.addEventListener('abort', () => resolve({ ready: false, reason: 'aborted', answers: null }), { once: true }));
  const readiness = waitUntilReady({ baseUrl, adapter, model, signal: startup.signal, pollMs: options.pollMs });
  const raced = await Promise.race([readiness, aborted]);
  dispose();
  startup.abort(); // ends the readiness loop whichever way the race went
  if (options.signal?.aborted) throw interruption(options.signal);
  // The deadline won the race: the loop, ended just now, still says what the server answered meanwhile.
  const result = raced.ready ? raced : await readiness;
  if (!result.ready) {
    const why = result.reason === 'aborted' ? `not ready after ${timeoutS} s${answeredSuffix(result.answers)}` : result.reason;
    throw new EngineError(`${settings.engine} engine at ${baseUrl}: ${why}`);
  }
  const version = await readVersion(adapter.version, { baseUrl, command: null, env: buildEngineEnvironment(process.env, {}) });
  if (options.signal?.aborted) throw interruption(options.signal);
  return {
    baseUrl,
    model,
    pid: null,
    pgid: null,
    version,
    quirks: adapter.quirks,
    metricsUrl: adapter.metricsPath === null ? null : `${baseUrl}${adapter.metricsPath}`,
    logFile: null,
    stop: async () => undefined,
    exited: new Promise<EngineExit>(() => undefined),
    logTail: () => [],
  };
}

/** Aborts `startup` when the start-up timeout passes or the caller's signal aborts; dispose() when done. */
function startupDeadline(settings: EngineSettings, signal: AbortSignal | undefined): { startup: AbortController; timeoutS: number; dispose(): void } {
  const startup = new AbortController();
  const timeoutS = settings.startupTimeoutS > 0 ? settings.startupTimeoutS : DEFAULT_STARTUP_TIMEOUT_S;
  const timer = setTimeout(() => startup.abort(), timeoutS * 1000);
  const onAbort = (): void => startup.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) startup.abort();
  return {
    startup,
    timeoutS,
    dispose: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

/** "; the server answered: …" for a start-up timeout, so the message says what came back meanwhile. */
function answeredSuffix(answers: string | null | undefined): string {
  return answers ? `; readiness requests: ${answers}` : '; no readiness request was answered before the deadline';
}

/** Why the engine's executable did not start, naming the setting that chooses it (docs/configuration.md). */
function spawnFailure(error: Error, binary: string | undefined): string {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return error.message;
  return binary === undefined
    ? 'not found on PATH; install the engine, or set engine_options.binary in host.yaml to its path'
    : 'no such executable; engine_options.binary must name the engine\'s executable (or interpreter)';
}
