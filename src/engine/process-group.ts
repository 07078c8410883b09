import { EngineTree } from './engine-tree.js';
import { isLive, listProcs } from './proc-table.js';

/**
 * Live (non-zombie) members of a process group. On Linux this reads /proc, because a container's PID 1
 * may never reap orphans and kill(-pgid, 0) would keep seeing their zombies; elsewhere it asks kill(0).
 */
export function groupMembers(pgid: number): number[] {
  const procs = listProcs();
  if (procs === null) return groupAnswers(pgid) ? [pgid] : [];
  return procs.filter((proc) => proc.pgrp === pgid && isLive(proc)).map((proc) => proc.pid);
}

export function isGroupAlive(pgid: number): boolean {
  return groupMembers(pgid).length > 0;
}

function groupAnswers(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    // EPERM: the group exists but is not ours to signal, which still means it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Stops a whole process group and its descendants: SIGTERM once, up to graceMs for a clean exit, then
 * SIGKILL. Safe to call on a group that is already gone. Resolves true when no live process remains.
 */
export async function killProcessGroup(pgid: number, graceMs: number): Promise<boolean> {
  if (!Number.isInteger(pgid) || pgid <= 1) throw new RangeError(`not a process group id: ${pgid}`);
  return new EngineTree(pgid, '').stop(graceMs);
}
