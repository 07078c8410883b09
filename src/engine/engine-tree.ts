import { environHas, isLive, listProcs, readProc, type ProcEntry, type ProcessId } from './proc-table.js';

/**
 * Every process the engine starts inherits this variable (value: one id per launch). A worker that left
 * the engine's process group (setsid, a daemon's double fork, a Ray worker) and was re-parented to init
 * still carries it, so infergate finds it by its environment when the parent link is gone.
 */
export const ENGINE_MARKER_VARIABLE = 'INFERGATE_ENGINE_ID';

/** What engine-process.json keeps of the tree, so a later step (the action's post step) can stop it. */
export interface EngineTreeRecord {
  pgid: number;
  /** Start time of the group leader (clock ticks after boot): processes older than it are not the engine's. */
  start_time: number;
  /** "INFERGATE_ENGINE_ID=<id>", the entry every process of the tree carries in its environment. */
  marker: string;
  /** Processes found outside the group so far. */
  escaped: ProcessId[];
}

const POLL_MS = 50;
/** After SIGKILL the kernel needs a moment to tear the processes down; past this we report them. */
const AFTER_KILL_WAIT_MS = 5_000;

/**
 * The engine's process tree: its process group, plus descendants that left the group. Found by walking
 * /proc: a process belongs when its group is the engine's, its parent belongs, it was seen outside the
 * group before (same pid and start time), or its environment carries the engine's marker.
 */
export class EngineTree {
  private readonly escaped = new Map<number, number>(); // pid → start time, for processes outside the group
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly pgid: number,
    readonly marker: string,
    readonly startTime: number = readProc(pgid)?.startTime ?? 0,
    escaped: readonly ProcessId[] = [],
    /** Called when a walk finds a process outside the group it had not seen before. */
    private readonly onEscaped?: (escaped: ProcessId[]) => void,
  ) {
    for (const id of escaped) this.escaped.set(id.pid, id.startTime);
  }

  static fromRecord(record: EngineTreeRecord): EngineTree {
    return new EngineTree(record.pgid, record.marker, record.start_time, record.escaped);
  }

  record(): EngineTreeRecord {
    return { pgid: this.pgid, start_time: this.startTime, marker: this.marker, escaped: this.escapedIds() };
  }

  escapedIds(): ProcessId[] {
    return [...this.escaped].map(([pid, startTime]) => ({ pid, startTime }));
  }

  /** One walk of /proc: the tree's live processes now. Without /proc, the group leader if it answers kill(0). */
  scan(): ProcessId[] {
    const procs = listProcs();
    if (procs === null) return signal(-this.pgid, 0) ? [{ pid: this.pgid, startTime: this.startTime }] : [];
    const members = this.members(procs);
    let found = false;
    for (const proc of members) {
      if (proc.pgrp === this.pgid || this.escaped.has(proc.pid)) continue;
      this.escaped.set(proc.pid, proc.startTime);
      found = true;
    }
    if (found) this.onEscaped?.(this.escapedIds());
    return members.filter(isLive).map((proc) => ({ pid: proc.pid, startTime: proc.startTime }));
  }

  private members(procs: ProcEntry[]): ProcEntry[] {
    const mine = new Map<number, ProcEntry>();
    for (const proc of procs) {
      const known = this.escaped.get(proc.pid) === proc.startTime;
      const marked = this.marker !== '' && proc.startTime >= this.startTime && proc.pid !== process.pid && environHas(proc.pid, this.marker);
      if (proc.pgrp === this.pgid || known || marked) mine.set(proc.pid, proc);
    }
    // Descendants of members, however deep, whatever group or session they moved to.
    for (let grew = true; grew; ) {
      grew = false;
      for (const proc of procs) {
        if (mine.has(proc.pid) || !mine.has(proc.ppid) || proc.pid === process.pid) continue;
        mine.set(proc.pid, proc);
        grew = true;
      }
    }
    return [...mine.values()];
  }

  /** Walks /proc every `ms` while the engine lives, so workers are recorded as they appear. */
  watch(ms: number): void {
    this.timer ??= setInterval(() => this.scan(), ms);
    this.timer.unref();
  }

  unwatch(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** Sends `sig` once to each live process of the tree: the group in one call, each escaped process by pid. */
  signalAll(sig: NodeJS.Signals, live: readonly ProcessId[] = this.scan()): void {
    signal(-this.pgid, sig);
    for (const id of live) {
      const proc = readProc(id.pid);
      // Group members got the group signal; a pid reused since the walk is not ours to signal.
      if (proc !== null && proc.pgrp !== this.pgid && proc.startTime === id.startTime) signal(id.pid, sig);
    }
  }

  /**
   * SIGTERM once to every process of the tree, up to graceMs for a clean exit, then SIGKILL to whatever is
   * left (a fresh walk: workers started meanwhile are caught). Resolves true when none remains.
   */
  async stop(graceMs: number): Promise<boolean> {
    this.unwatch();
    const live = this.scan();
    if (live.length === 0) return true;
    this.signalAll('SIGTERM', live);
    if (await this.waitGone(graceMs)) return true;
    this.signalAll('SIGKILL');
    return this.waitGone(AFTER_KILL_WAIT_MS);
  }

  /** Last resort from a synchronous 'exit' handler: SIGKILL to the whole tree, no waiting. */
  killNow(): void {
    this.unwatch();
    this.signalAll('SIGKILL');
  }

  private async waitGone(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    for (;;) {
      if (this.scan().length === 0) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

/** kill(2) that never throws; false when the target does not exist (EPERM: it exists, not ours). */
function signal(target: number, sig: NodeJS.Signals | 0): boolean {
  try {
    process.kill(target, sig);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
