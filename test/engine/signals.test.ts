import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { groupMembers, killProcessGroup, stopLeftoverEngine } from '../../src/engine/index.js';
import { fakeSettings, removeTempDirs } from '../support/fake-engine-settings.js';

afterAll(removeTempDirs);

const PARENT = new URL('../support/engine-parent.ts', import.meta.url).pathname;

/** Starts a parent process that launches the fake engine; resolves once it printed the engine's group. */
async function parent(mode: 'wait' | 'wait-exit' | 'crash', env: Record<string, string> = {}) {
  const settings = await fakeSettings('llamacpp', { FAKE_ENGINE_CHILD: '1', ...env });
  const child = spawn(process.execPath, ['--import', 'tsx', PARENT, mode, JSON.stringify(settings)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const pgid = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { pgid: number }).pgid);
    });
    void exited.then(() => reject(new Error(`parent exited before the engine was ready: ${out}`)));
  });
  return { child, exited, pgid, logDir: settings.logDir };
}

/** Polls until `condition` holds; the backstop only bounds a broken run. */
async function until(condition: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the event');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Polls until the group is gone; `ms` is only a backstop for a broken run. */
async function waitGone(pgid: number, ms: number): Promise<number[]> {
  const deadline = Date.now() + ms;
  while (groupMembers(pgid).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return groupMembers(pgid);
}

describe('the engine never outlives infergate', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s to infergate: the engine gets one SIGTERM, then infergate exits 130 (the signal is not re-raised)', async (sig) => {
    const { child, exited, pgid, logDir } = await parent('wait', { FAKE_ENGINE_TERM_DELAY_MS: '300' });
    expect(groupMembers(pgid).length).toBe(2);
    child.kill(sig);
    expect(await exited).toEqual({ code: 130, signal: null });
    expect(await waitGone(pgid, 10_000)).toEqual([]);
    expect(readFileSync(join(logDir, 'output.txt'), 'utf8').match(/fake-engine: SIGTERM #\d+/g)).toEqual(['fake-engine: SIGTERM #1']);
  });

  it('a second signal while the engine is being stopped: exit 130 at once, the exit hook SIGKILLs the engine', async () => {
    const { child, exited, pgid, logDir } = await parent('wait', { FAKE_ENGINE_IGNORE_SIGTERM: '1' });
    child.kill('SIGINT');
    // The engine saw the one SIGTERM (an event in its log), so the first signal is being handled.
    await until(() => readFileSync(join(logDir, 'output.txt'), 'utf8').includes('ignoring SIGTERM'));
    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 130, signal: null });
    expect(await waitGone(pgid, 10_000)).toEqual([]);
  });

  it('SIGTERM to infergate when its own handler exits at once: the exit hook kills the group', async () => {
    const { child, exited, pgid } = await parent('wait-exit');
    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 130, signal: null });
    expect(await waitGone(pgid, 10_000)).toEqual([]);
  });

  it('post step after a crashed main step: killProcessGroup removes the orphaned engine', async () => {
    const { exited, pgid } = await parent('crash');
    expect(await exited).toEqual({ code: null, signal: 'SIGKILL' });
    // Nothing cleaned up: the engine and its grandchild are still there.
    expect(groupMembers(pgid).length).toBe(2);
    expect(await killProcessGroup(pgid, 2_000)).toBe(true);
    expect(groupMembers(pgid)).toEqual([]);
    // Calling it again on a group that is gone is harmless.
    expect(await killProcessGroup(pgid, 100)).toBe(true);
  });

  it('post step finds the group from engine-process.json when no state was saved', async () => {
    const { exited, pgid, logDir } = await parent('crash');
    await exited;
    expect(groupMembers(pgid).length).toBe(2);
    expect(await stopLeftoverEngine({ logDir }, 2_000)).toEqual({ pgid, found: 2, gone: true });
    expect(groupMembers(pgid)).toEqual([]);
    expect(await stopLeftoverEngine({ logDir: '/nonexistent' })).toEqual({ pgid: null, found: 0, gone: true });
  });
});
