import * as core from '@actions/core';

/**
 * What the main step leaves for the post step, through core.saveState: the engine's process group and
 * its engine-process.json (which lists the workers that left the group), so the post step can stop an
 * engine a crashed or cancelled main step left running.
 */
const ENGINE_PGID = 'engine-pgid';
const ENGINE_PID = 'engine-pid';
const ENGINE_RECORD = 'engine-record';

export function saveEngineProcess(process: { pid: number; pgid: number; recordFile: string }): void {
  core.saveState(ENGINE_PID, String(process.pid));
  core.saveState(ENGINE_PGID, String(process.pgid));
  core.saveState(ENGINE_RECORD, process.recordFile);
}

/** Cleared once the main step has stopped the engine itself. */
export function clearEngineProcess(): void {
  core.saveState(ENGINE_PID, '');
  core.saveState(ENGINE_PGID, '');
  core.saveState(ENGINE_RECORD, '');
}

export function savedEngineProcess(): { pid: number; pgid: number; recordFile: string | undefined } | null {
  const pgid = Number(core.getState(ENGINE_PGID));
  const pid = Number(core.getState(ENGINE_PID));
  const recordFile = core.getState(ENGINE_RECORD) || undefined;
  return Number.isInteger(pgid) && pgid > 1 ? { pid, pgid, recordFile } : null;
}
