import { readdirSync, readFileSync } from 'node:fs';

/** One process as Linux's /proc/<pid>/stat shows it. */
export interface ProcEntry {
  pid: number;
  ppid: number;
  pgrp: number;
  /** R, S, D, Z (zombie), X (dead), ... */
  state: string;
  /** Clock ticks after boot: with the pid, names one process even after the pid is reused. */
  startTime: number;
}

/** A process infergate has seen, named so that a reused pid is never mistaken for it. */
export interface ProcessId {
  pid: number;
  startTime: number;
}

/** Parses /proc/<pid>/stat; null when the text is not one (it vanished while read, or another OS). */
export function parseStat(pid: number, stat: string): ProcEntry | null {
  // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'.
  const close = stat.lastIndexOf(')');
  if (close < 0) return null;
  const fields = stat.slice(close + 2).split(' ');
  // Field 3 of proc(5) is fields[0]; starttime is field 22.
  const [state, ppid, pgrp, startTime] = [fields[0], Number(fields[1]), Number(fields[2]), Number(fields[19])];
  if (state === undefined || !Number.isInteger(ppid) || !Number.isInteger(pgrp) || !Number.isFinite(startTime)) return null;
  return { pid, ppid, pgrp, state, startTime };
}

export function readProc(pid: number): ProcEntry | null {
  try {
    return parseStat(pid, readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null; // exited, or no /proc
  }
}

/** Every process /proc lists; null where there is no /proc (not Linux). */
export function listProcs(): ProcEntry[] | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  const procs: ProcEntry[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const proc = readProc(Number(entry));
    if (proc !== null) procs.push(proc);
  }
  return procs;
}

export const isLive = (proc: ProcEntry): boolean => proc.state !== 'Z' && proc.state !== 'X';

/** True while the process named by `id` exists and is not a zombie (a reused pid does not count). */
export function isStillRunning(id: ProcessId): boolean {
  const proc = readProc(id.pid);
  return proc !== null && proc.startTime === id.startTime && isLive(proc);
}

/** Whether /proc/<pid>/environ holds exactly `entry` ("NAME=value"); false when it cannot be read. */
export function environHas(pid: number, entry: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(entry);
  } catch {
    return false;
  }
}
