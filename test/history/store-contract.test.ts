import pg from 'pg';
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { FileHistoryStore } from '../../src/history/file-store.js';
import type { HistoryStore } from '../../src/history/history-store.js';
import { openHistoryStore } from '../../src/history/open-store.js';
import { PostgresHistoryStore } from '../../src/history/postgres-store.js';
import { postgresUnavailable, startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.js';
import { tempTree } from '../support/temp-tree.js';
import { nightly, SERIES_A, SERIES_B } from './make-entry.js';

/**
 * One suite, two stores: the embedded history file and a real PostgreSQL (a throwaway cluster on a free
 * loopback port). The PostgreSQL half skips with the reason when the binaries are missing, unless
 * INFERGATE_REQUIRE_POSTGRES=1 (CI's .ci/run sets it), where a missing server is a failure.
 */
const requirePostgres = process.env.INFERGATE_REQUIRE_POSTGRES === '1';
const unavailable = postgresUnavailable();
if (unavailable && !requirePostgres) console.warn(`PostgreSQL history tests skipped: ${unavailable} (set INFERGATE_REQUIRE_POSTGRES=1 to make this a failure)`);

interface StoreKind {
  name: string;
  enabled: boolean;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  /** A fresh, empty store; each call a new connection or handle on its own history. */
  fresh(): Promise<{ open: () => Promise<HistoryStore> }>;
}

let cluster: PostgresCluster | undefined;
let database = 0;
const kinds: StoreKind[] = [
  {
    name: 'embedded file',
    enabled: true,
    setup: async () => {},
    teardown: async () => {},
    fresh: async () => {
      const path = `${tempTree({})}/history.jsonl`;
      return { open: async () => new FileHistoryStore(path) };
    },
  },
  {
    name: 'PostgreSQL',
    enabled: unavailable === null || requirePostgres,
    setup: async () => {
      expect(unavailable, `INFERGATE_REQUIRE_POSTGRES=1 but ${unavailable}`).toBeNull();
      cluster = await startPostgresCluster();
    },
    teardown: async () => cluster?.stop(),
    fresh: async () => {
      // A database per test, so every test starts from an empty history.
      const admin = new pg.Client({ connectionString: cluster!.url });
      const name = `history_${++database}`;
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = cluster!.url.replace(/\/postgres$/, `/${name}`);
      return { open: () => PostgresHistoryStore.open(url) };
    },
  },
];

for (const kind of kinds) {
  describe.runIf(kind.enabled)(`history store contract: ${kind.name}`, () => {
    beforeAll(() => kind.setup(), 120_000);
    afterAll(() => kind.teardown());

    it('appends runs and reads a series back in history order, whatever order they were appended in', async () => {
      const { open } = await kind.fresh();
      const store = await open();
      const nights = [3, 1, 2, 0].map((n) => nightly(n, SERIES_A, { ttft_ms_p99: 100 + n, rouge1: null }));
      expect(await store.append(nights)).toBe(4);
      expect(await store.append([nightly(0, SERIES_B, { ttft_ms_p99: 7 })])).toBe(1);
      const runs = await store.runs(SERIES_A);
      expect(runs.map((r) => r.headline.ttft_ms_p99)).toEqual([100, 101, 102, 103]);
      expect(runs[0]).toEqual(nights[3]);
      expect((await store.runs(SERIES_A, { last: 2 })).map((r) => r.headline.ttft_ms_p99)).toEqual([102, 103]);
      expect(await store.runs({ ...SERIES_A, profile: null })).toEqual([]);
      await store.close();
    });

    it('appending a run again keeps one copy (re-runs and retries are harmless)', async () => {
      const { open } = await kind.fresh();
      const store = await open();
      const night = nightly(5, SERIES_A, { ttft_ms_p99: 1 });
      expect(await store.append([night])).toBe(1);
      expect(await store.append([night, { ...night, headline: { ttft_ms_p99: 2 } }])).toBe(0);
      expect((await store.runs(SERIES_A)).map((r) => r.headline.ttft_ms_p99)).toEqual([1]);
      await store.close();
    });

    it('lists every series once, nulls first, in a stable order', async () => {
      const { open } = await kind.fresh();
      const store = await open();
      await store.append([nightly(1, SERIES_A, {}), nightly(2, SERIES_B, {}), nightly(3, SERIES_A, {}), nightly(4, { ...SERIES_A, profile: null }, {})]);
      expect(await store.listSeries()).toEqual([SERIES_B, { ...SERIES_A, profile: null }, SERIES_A]);
      await store.close();
    });

    it('writers appending at once, each with its own handle, lose no run', async () => {
      const { open } = await kind.fresh();
      const writers = await Promise.all(Array.from({ length: 6 }, () => open()));
      await Promise.all(writers.map((w, i) => w.append(Array.from({ length: 10 }, (_, k) => nightly(i * 10 + k, SERIES_A, { ttft_ms_p99: i * 10 + k })))));
      await Promise.all(writers.map((w) => w.close()));
      const reader = await open();
      expect((await reader.runs(SERIES_A)).map((r) => r.headline.ttft_ms_p99)).toEqual(Array.from({ length: 60 }, (_, n) => n));
      await reader.close();
    });
  });
}

describe('opening a store from --store', () => {
  it('a path is the embedded file; env:NAME reads a connection string from the environment, never echoing it', async () => {
    const path = `${tempTree({})}/h.jsonl`;
    expect((await openHistoryStore(path)).description).toBe(`history file ${path}`);
    await expect(openHistoryStore('env:INFERGATE_TEST_NO_SUCH_VAR', {})).rejects.toThrow('--store env:INFERGATE_TEST_NO_SUCH_VAR: the environment variable INFERGATE_TEST_NO_SUCH_VAR is not set');
    await expect(openHistoryStore('env:X', { X: 'file.jsonl' })).rejects.toThrow('holds no postgres:// connection string');
    // Nothing listens on port 1: the error names the database with its password masked.
    const error = await openHistoryStore('env:X', { X: 'postgres://u:s3cret@127.0.0.1:1/db' }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^PostgreSQL postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/db: cannot open the history/);
    expect((error as Error).message).not.toContain('s3cret');
  });
});
