import * as core from '@actions/core';

/**
 * What the main step leaves for the post step, through core.saveState: the engine's process group, so
 * the post step can stop an engine a crashed or cancelled main step left running.
 */
const ENGINE_PGID = 'engine-pgid';
const ENGINE_PID = 'engine-pid';

export function saveEngineProcess(process: { pid: number; pgid: number }): void {
  core.saveState(ENGINE_PID, String(process.pid));
  core.saveState(ENGINE_PGID, String(process.pgid));
}

/** Cleared once the main step has stopped the engine itself. */
export function clearEngineProcess(): void {
  core.saveState(ENGINE_PID, '');
  core.saveState(ENGINE_PGID, '');
}

export function savedEngineProcess(): { pid: number; pgid: number } | null {
  const pgid = Number(core.getState(ENGINE_PGID));
  const pid = Number(core.getState(ENGINE_PID));
  return Number.isInteger(pgid) && pgid > 1 ? { pid, pgid } : null;
}
