/**
 * The /proc reader of the CPU bench part (bench/proc-cpu.ts): a stat line's fields after the command
 * name, whatever the name holds (spaces, parentheses: a process names itself), and the window between two
 * samples of this very process.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpuWindow, sampleProc, statFields, type ProcSample } from '../../bench/proc-cpu.js';

describe('proc-cpu (property)', () => {
  it('reads the fields after the command name, whatever characters the name holds', () => {
    fc.assert(
      fc.property(fc.nat(), fc.string({ maxLength: 15 }), fc.array(fc.nat(), { minLength: 13, maxLength: 50 }), (pid, comm, rest) => {
        const fields = rest.map(String);
        expect(statFields(`${pid} (${comm}) S ${fields.join(' ')}`)).toEqual(['S', ...fields]);
      }),
    );
  });
});

describe('proc-cpu', () => {
  it("counts this process's main-thread CPU and its user and system time over a window of busy work", () => {
    const a = sampleProc(process.pid);
    let x = 0;
    for (let i = 0; i < 3e7; i++) x += i % 7;
    const b = sampleProc(process.pid);
    const w = cpuWindow(a, b, 1);
    expect(x).toBeGreaterThan(0);
    expect(a.threads.has(process.pid)).toBe(true);
    expect(w.main_cpu_s).toBeGreaterThan(0);
    expect(w.cpu_s).toBeGreaterThanOrEqual(w.main_cpu_s);
  });

  it('counts a thread born inside the window from zero and splits the total by the ticks', () => {
    const thread = (cpu_ns: number, voluntary: number) => ({ name: 't', cpu_ns, voluntary, involuntary: 0 });
    const a: ProcSample = { pid: 1, user_s: 1, system_s: 1, threads: new Map([[1, thread(1e9, 10)]]) };
    const b: ProcSample = { pid: 1, user_s: 1.3, system_s: 1.1, threads: new Map([[1, thread(1.2e9, 30)], [2, thread(0.2e9, 5)]]) };
    const w = cpuWindow(a, b, 2);
    expect(w.main_cpu_s).toBeCloseTo(0.2);
    expect(w.others_cpu_s).toEqual({ t: 0.2 });
    expect(w.cpu_s).toBeCloseTo(0.4);
    expect(w.user_s).toBeCloseTo(0.3);
    expect(w.system_s).toBeCloseTo(0.1);
    expect(w.main_voluntary).toBe(20);
  });
});
