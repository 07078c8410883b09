/**
 * load.client_threads: the setting as configuration reads it, and what `auto` resolves to
 * (load/threads/auto-threads.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/util/errors.js';
import { peakStreams, resolveClientThreads, STREAMS_PER_THREAD } from '../../src/load/threads/auto-threads.js';
import { shareOf } from '../../src/load/threads/stream-transport.js';
import { tempTree } from '../support/temp-tree.js';

const HOST = 'engine: external\nvendor: acme\nconfig_path: CFG\nendpoint: http://127.0.0.1:9\n';

function configWith(load: string): () => ReturnType<typeof loadConfig> {
  const dir = tempTree({ 'host.yaml': `${HOST}load:\n${load}`, 'cfg/acme/external/task.yaml': 'task_nums: 5\n' });
  return () => loadConfig(join(dir, 'host.yaml'), [`config_path=${dir}/cfg`], { allowPathsOutsideWorkspace: true });
}

describe('load.client_threads in the configuration', () => {
  it('defaults to auto and takes a whole number of threads', () => {
    expect(configWith('  repeat: 1\n')().load.client_threads).toBe('auto');
    expect(configWith('  client_threads: 4\n')().load.client_threads).toBe(4);
  });

  it.each(['0', '2.5', 'many', '1000'])('client_threads: %s is one line naming the key', (value) => {
    let message = '';
    try {
      configWith(`  client_threads: ${value}\n`)();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^.*host\.yaml:6: load\.client_threads\b/);
    expect(message.split('\n')).toHaveLength(1);
  });
});

describe('auto', () => {
  it('keeps one thread (no workers) while the load holds at most STREAMS_PER_THREAD streams', () => {
    expect(resolveClientThreads('auto', { kind: 'concurrency', concurrency: STREAMS_PER_THREAD }, 1000, 16)).toBe(1);
    expect(resolveClientThreads('auto', { kind: 'rate', rate_rps: 100, arrival: 'poisson', max_concurrency: 8 }, 1000, 16)).toBe(1);
    expect(resolveClientThreads('auto', { kind: 'offline' }, 40, 16)).toBe(1);
  });

  it('adds a thread per STREAMS_PER_THREAD streams, up to the cores but one', () => {
    expect(resolveClientThreads('auto', { kind: 'concurrency', concurrency: 256 }, 1000, 16)).toBe(4);
    expect(resolveClientThreads('auto', { kind: 'offline' }, 10_000, 16)).toBe(15);
    expect(resolveClientThreads('auto', { kind: 'rate', rate_rps: 100, arrival: 'poisson' }, 500, 16)).toBe(8);
    expect(resolveClientThreads('auto', { kind: 'sweep', steps: [{ kind: 'concurrency', concurrency: 1 }, { kind: 'concurrency', concurrency: 129 }] }, 1000, 16)).toBe(3);
    // Two cores: the second is the main thread's, so the streams stay on it.
    expect(resolveClientThreads('auto', { kind: 'concurrency', concurrency: 1024 }, 4096, 2)).toBe(1);
  });

  it('a number is taken as written', () => {
    expect(resolveClientThreads(3, { kind: 'concurrency', concurrency: 1 }, 1, 2)).toBe(3);
  });

  it('peak streams: never more than the prompts', () => {
    expect(peakStreams({ kind: 'concurrency', concurrency: 500 }, 20)).toBe(20);
  });
});

describe('slot shares', () => {
  it('every slot belongs to exactly one thread and the shares differ by at most one', () => {
    fc.assert(fc.property(fc.nat(5000), fc.integer({ min: 1, max: 64 }), (width, threads) => {
      const shares = Array.from({ length: threads }, (_, t) => shareOf(width, t, threads));
      expect(shares.reduce((a, b) => a + b, 0)).toBe(width);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      for (let t = 0; t < threads; t++) expect(shares[t]).toBe(Array.from({ length: width }, (_, s) => s).filter((s) => s % threads === t).length);
    }));
  });
});
