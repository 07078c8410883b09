import { ExitCode } from '../util/errors.js';

/**
 * The one shutdown path for SIGINT and SIGTERM (docs/exit-codes.md). Every signal handler infergate
 * installs is this module's, and every way out ends in exit code 130, never in a re-raised signal:
 *
 * - A command that can wind down (write partial results) claims the signals with interceptSignals():
 *   the first signal aborts its AbortSignal and nothing else; the command stops its engine through the
 *   engine's own idempotent stop(), so the engine is sent SIGTERM exactly once, and exits 130 itself.
 * - With no claim (a library caller), the first signal stops every running engine, then exits 130.
 * - A second signal exits 130 at once; the 'exit' hook SIGKILLs every engine still running.
 *
 * Handlers exist only while a claim or an engine does.
 */
export interface GuardedEngine {
  /** SIGTERM, grace, SIGKILL; the same promise however often it is called. */
  stop(): Promise<void>;
  /** SIGKILL to everything the engine started, synchronously (for the 'exit' hook). */
  killNow(): void;
}


const engines = new Set<GuardedEngine>();
let claim: { controller: AbortController; onFirst: (signal: NodeJS.Signals) => void } | null = null;
let received: NodeJS.Signals | null = null;

/**
 * What the process's SIGINT and SIGTERM handlers call; exported so that tests drive the very path a real
 * signal takes without signalling the test runner.
 */
export function deliverSignal(signal: NodeJS.Signals): void {
  if (received !== null) {
    process.stderr.write(`[infergate] ${signal} received while stopping: exiting now; the engine is killed on the way out\n`);
    process.exit(ExitCode.interrupted);
  }
  received = signal;
  if (claim !== null) {
    claim.onFirst(signal);
    claim.controller.abort(new Error(signal));
    return;
  }
  void Promise.all([...engines].map((engine) => engine.stop().catch(() => undefined))).then(() => process.exit(ExitCode.interrupted));
}

const onSigint = (): void => deliverSignal('SIGINT');
const onSigterm = (): void => deliverSignal('SIGTERM');
const onExit = (): void => {
  for (const engine of engines) engine.killNow();
};
let installed = false;

function update(): void {
  const wanted = claim !== null || engines.size > 0;
  if (wanted === installed) return;
  installed = wanted;
  const method = wanted ? 'on' : 'off';
  process[method]('SIGINT', onSigint);
  process[method]('SIGTERM', onSigterm);
  process[method]('exit', onExit);
  if (!wanted) received = null;
}

/**
 * Claims SIGINT and SIGTERM for a command: `signal` aborts on the first one (its reason an Error named
 * after the signal), `onFirst` says so to the user. One claim at a time.
 */
export function interceptSignals(onFirst: (signal: NodeJS.Signals) => void = () => undefined): { signal: AbortSignal; dispose(): void } {
  if (claim !== null) throw new Error('signals are already intercepted by another command');
  const controller = new AbortController();
  claim = { controller, onFirst };
  received = null;
  update();
  return {
    signal: controller.signal,
    dispose: () => {
      if (claim?.controller !== controller) return;
      claim = null;
      update();
    },
  };
}

export function guardEngine(engine: GuardedEngine): void {
  engines.add(engine);
  update();
}

export function releaseEngine(engine: GuardedEngine): void {
  engines.delete(engine);
  update();
}
