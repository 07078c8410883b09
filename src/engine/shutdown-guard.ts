import { killProcessGroup, killProcessGroupNow } from './process-group.js';

/**
 * Engines still running belong to this process until stopped. If infergate is told to stop (SIGINT,
 * SIGTERM) they are stopped first; if it exits any other way, they get SIGKILL on the way out.
 * The handlers exist only while an engine is registered.
 */
const running = new Map<number, number>(); // pgid → grace ms
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

function onExit(): void {
  for (const pgid of running.keys()) killProcessGroupNow(pgid);
}

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  const groups = [...running.entries()];
  await Promise.all(groups.map(([pgid, grace]) => killProcessGroup(pgid, grace).catch(() => false)));
  for (const [pgid] of groups) running.delete(pgid);
  uninstallIfIdle();
  // When infergate itself handles the signal (writes partial results, then exits), leave exiting to it;
  // otherwise behave as the default handler would have.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

const handlers = new Map<NodeJS.Signals, () => void>();

function install(): void {
  if (handlers.size > 0) return;
  for (const signal of SIGNALS) {
    const handler = (): void => void onSignal(signal);
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
  process.on('exit', onExit);
}

function uninstallIfIdle(): void {
  if (running.size > 0) return;
  for (const [signal, handler] of handlers) process.off(signal, handler);
  handlers.clear();
  process.off('exit', onExit);
}

export function guardEngine(pgid: number, graceMs: number): void {
  running.set(pgid, graceMs);
  install();
}

export function releaseEngine(pgid: number): void {
  running.delete(pgid);
  uninstallIfIdle();
}
