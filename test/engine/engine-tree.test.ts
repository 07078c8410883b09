import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { groupMembers, readProcessRecord, startEngine, stopLeftoverEngine } from '../../src/engine/index.js';
import { parseStat, readProc } from '../../src/engine/proc-table.js';
import { fakeSettings, removeTempDirs } from '../support/fake-engine-settings.js';

afterAll(removeTempDirs);

const PARENT = new URL('../support/engine-parent.ts', import.meta.url).pathname;
const WORKERS = { FAKE_ENGINE_SETSID_WORKER: '1', FAKE_ENGINE_DAEMON_WORKER: '1' };

/** Polls until `value()` is not null; the backstop only bounds a broken run. */
async function until<T>(what: string, value: () => T | null, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = value();
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The pids of the setsid and daemon workers, once the engine's log names both. */
function workerPids(logDir: string): number[] | null {
  const file = join(logDir, 'output.txt');
  if (!existsSync(file)) return null;
  const log = readFileSync(file, 'utf8');
  const pids = [/setsid worker pid (\d+)/, /daemon worker pid (\d+)/].map((re) => re.exec(log)?.[1]);
  return pids.every((pid) => pid !== undefined) ? pids.map(Number) : null;
}

/** The live ones of `pids` (a zombie or a reused pid does not count: start times are compared). */
async function alive(pids: Array<{ pid: number; startTime: number }>, ms = 10_000): Promise<number[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const live = pids.filter(({ pid, startTime }) => {
      const proc = readProc(pid);
      return proc !== null && proc.startTime === startTime && proc.state !== 'Z';
    });
    if (live.length === 0 || Date.now() > deadline) return live.map((p) => p.pid);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const identify = (pids: number[]) => pids.map((pid) => ({ pid, startTime: readProc(pid)!.startTime }));

describe.runIf(process.platform === 'linux')('everything the engine starts is stopped, workers that left its group included', () => {
  it('setsid and daemonised workers are found, recorded in engine-process.json, and stopped with the engine', async () => {
    const settings = await fakeSettings('llamacpp', { ...WORKERS, FAKE_ENGINE_WORKER_IGNORE_SIGTERM: '1' });
    const engine = await startEngine(settings, { pollMs: 50, stopGraceMs: 300 });
    const pids = await until('both workers to start', () => workerPids(settings.logDir));
    const workers = identify(pids);
    // They really left: neither is in the engine's process group, and the daemon's parent is gone.
    for (const pid of pids) expect(readProc(pid)!.pgrp).not.toBe(engine.pgid);
    expect(groupMembers(engine.pgid!)).not.toEqual(expect.arrayContaining(pids));
    // Recorded for the post step as /proc shows them (the watch walks /proc while the engine lives).
    const recorded = await until('the record to list both workers', () => {
      const escaped = readProcessRecord(settings.logDir)?.escaped ?? [];
      return pids.every((pid) => escaped.some((p) => p.pid === pid)) ? escaped : null;
    });
    expect(recorded).toEqual(expect.arrayContaining(workers));
    // They ignore SIGTERM: the grace runs out and SIGKILL ends them.
    await engine.stop();
    expect(await alive(workers)).toEqual([]);
    expect(groupMembers(engine.pgid!)).toEqual([]);
  });

  it('the post step stops workers that left the group of an engine whose main step crashed', async () => {
    const settings = await fakeSettings('llamacpp', WORKERS);
    const child = spawn(process.execPath, ['--import', 'tsx', PARENT, 'crash', JSON.stringify(settings)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const pids = await until('both workers to start', () => workerPids(settings.logDir));
    const workers = identify(pids);
    await exited;
    const pgid = readProcessRecord(settings.logDir)!.pgid;
    expect((await alive(workers, 0)).length, 'the workers outlived the crashed main step').toBe(2);
    // The crashed parent may not have recorded the daemon (it appeared late): the marker finds it anyway.
    const cleanup = await stopLeftoverEngine({ logDir: settings.logDir }, 2_000);
    expect(cleanup.pgid).toBe(pgid);
    expect(cleanup.found).toBeGreaterThanOrEqual(3); // the engine, the setsid worker, the daemon worker
    expect(cleanup.gone).toBe(true);
    expect(await alive(workers)).toEqual([]);
    expect(groupMembers(pgid)).toEqual([]);
  });
});

describe('parseStat', () => {
  it('reads state, parent, group and start time whatever the command name holds', () => {
    const comm = fc.string({ maxLength: 15 }).filter((s) => !s.includes('\n'));
    fc.assert(
      fc.property(fc.nat(), comm, fc.constantFrom('R', 'S', 'D', 'Z'), fc.nat(), fc.nat(), fc.nat(), (pid, name, state, ppid, pgrp, start) => {
        // Fields 3..22 of proc(5): state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime
        // stime cutime cstime priority nice num_threads itrealvalue starttime.
        const rest = [state, ppid, pgrp, 1, 0, -1, 4194304, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 1, 0, start, 1000, 10].join(' ');
        expect(parseStat(pid, `${pid} (${name}) ${rest}`)).toEqual({ pid, ppid, pgrp, state, startTime: start });
      }),
    );
  });

  it('refuses text that is not a stat line', () => {
    expect(parseStat(1, 'garbage')).toBeNull();
    expect(parseStat(1, '1 (x) S')).toBeNull();
  });
});
