/**
 * CPU time and wake-ups of a process and each of its threads, read from /proc (Linux), for the CPU part
 * of the load bench (load-cpu.ts). Two samples bound a window; `cpuWindow` is what was spent between them.
 */
import fs from 'node:fs';

interface ThreadSample {
  name: string;
  /** CPU time on this thread, ns (/proc/PID/task/TID/schedstat: the scheduler's own count, not ticks). */
  cpu_ns: number;
  voluntary: number;
  involuntary: number;
}

export interface ProcSample {
  pid: number;
  /** The whole process (/proc/PID/stat utime, stime, in clock ticks), seconds. */
  user_s: number;
  system_s: number;
  threads: Map<number, ThreadSample>;
}

const TICK_S = 0.01; // USER_HZ: 100 on every Linux the bench runs on (getconf CLK_TCK)

function statusField(text: string, key: string): number {
  const m = new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(text);
  return m ? Number(m[1]) : 0;
}

/** Fields after the command name of a /proc stat line (the name may hold spaces and parentheses). */
export function statFields(text: string): string[] {
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

export function sampleProc(pid: number): ProcSample {
  const stat = statFields(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  const threads = new Map<number, ThreadSample>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`).map(Number)) {
    try {
      const dir = `/proc/${pid}/task/${tid}`;
      const status = fs.readFileSync(`${dir}/status`, 'utf8');
      threads.set(tid, {
        name: fs.readFileSync(`${dir}/comm`, 'utf8').trim(),
        cpu_ns: Number(fs.readFileSync(`${dir}/schedstat`, 'utf8').split(' ')[0]),
        voluntary: statusField(status, 'voluntary_ctxt_switches'),
        involuntary: statusField(status, 'nonvoluntary_ctxt_switches'),
      });
    } catch {
      // The thread ended between the listing and the read. A thread that ends inside a window loses its
      // time from cpu_s: the clients' threads (V8's workers, libuv's pool) live as long as the process.
    }
  }
  // Fields 14 and 15 of the stat line (utime, stime) are the 12th and 13th after the name.
  return { pid, user_s: Number(stat[11]) * TICK_S, system_s: Number(stat[12]) * TICK_S, threads };
}

export interface CpuWindow {
  wall_s: number;
  /** Every thread's CPU (schedstat, ns): exact, unlike the process's utime and stime in 10 ms ticks. */
  cpu_s: number;
  /** cpu_s split by the ticks' user : system ratio over the window (the kernel's own split: each tick is
   * charged to the mode it finds the process in); NaN when no tick fell in the window. */
  user_s: number;
  system_s: number;
  /** The main thread (TID = PID): the event loop of Node and Python, the epoll loop of the C reader. */
  main_cpu_s: number;
  main_voluntary: number;
  main_involuntary: number;
  /** Every other thread's CPU by thread name (V8's compiler and GC workers, libuv's pool, ...). */
  others_cpu_s: Record<string, number>;
}

export function cpuWindow(a: ProcSample, b: ProcSample, wallS: number): CpuWindow {
  const main = (s: ProcSample): ThreadSample => s.threads.get(s.pid)!;
  const others: Record<string, number> = {};
  for (const [tid, t] of b.threads) {
    if (tid === b.pid) continue;
    const spent = (t.cpu_ns - (a.threads.get(tid)?.cpu_ns ?? 0)) / 1e9;
    if (spent > 0) others[t.name] = (others[t.name] ?? 0) + spent;
  }
  const mainCpu = (main(b).cpu_ns - main(a).cpu_ns) / 1e9;
  const cpu = mainCpu + Object.values(others).reduce((x, y) => x + y, 0);
  const [user, system] = [b.user_s - a.user_s, b.system_s - a.system_s];
  return {
    wall_s: wallS,
    cpu_s: cpu,
    user_s: (cpu * user) / (user + system),
    system_s: (cpu * system) / (user + system),
    main_cpu_s: mainCpu,
    main_voluntary: main(b).voluntary - main(a).voluntary,
    main_involuntary: main(b).involuntary - main(a).involuntary,
    others_cpu_s: others,
  };
}
