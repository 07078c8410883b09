import { readdirSync, readFileSync } from 'node:fs';

const POLL_MS = 50;
/** After SIGKILL the kernel needs a moment to tear the processes down; past this we report them. */
const AFTER_KILL_WAIT_MS = 5_000;

/**
 * Live (non-zombie) members of a process group. On Linux this reads /proc, because a container's PID 1
 * may never reap orphans and kill(-pgid, 0) would keep seeing their zombies; elsewhere it asks kill(0).
 */
export function groupMembers(pgid: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return signalGroup(pgid, 0) ? [pgid] : [];
  }
  const members: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] !== 'Z' && fields[0] !== 'X' && Number(fields[2]) === pgid) members.push(Number(entry));
  }
  return members;
}

export function isGroupAlive(pgid: number): boolean {
  return groupMembers(pgid).length > 0;
}

/** Sends a signal to every process of the group; false when the group no longer exists. */
function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (error) {
    // EPERM: the group exists but is not ours to signal, which still means it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitGone(pgid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (!isGroupAlive(pgid)) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Stops a whole process group: SIGTERM, up to graceMs for a clean exit, then SIGKILL. Safe to call on a
 * group that is already gone. Resolves true when no live member remains.
 */
export async function killProcessGroup(pgid: number, graceMs: number): Promise<boolean> {
  if (!Number.isInteger(pgid) || pgid <= 1) throw new RangeError(`not a process group id: ${pgid}`);
  if (!isGroupAlive(pgid)) return true;
  signalGroup(pgid, 'SIGTERM');
  if (await waitGone(pgid, graceMs)) return true;
  signalGroup(pgid, 'SIGKILL');
  return waitGone(pgid, AFTER_KILL_WAIT_MS);
}

/** Last resort from a synchronous 'exit' handler: no waiting is possible there. */
export function killProcessGroupNow(pgid: number): void {
  signalGroup(pgid, 'SIGKILL');
}
