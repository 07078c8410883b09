import pg from 'pg';
import { InputError } from '../util/errors.js';
import { historyEntrySchema, type HistoryEntry, type SeriesKey } from './history-entry.js';
import type { HistoryStore } from './history-store.js';

/** One table; the series fields are columns (indexed), the whole entry is kept as jsonb beside them. */
const TABLE = 'infergate_history';
const SCHEMA_SQL = `CREATE TABLE IF NOT EXISTS ${TABLE} (
  run_id text PRIMARY KEY,
  recorded_at timestamptz NOT NULL,
  accelerator text,
  engine text NOT NULL,
  model text NOT NULL,
  profile text,
  entry jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS ${TABLE}_series ON ${TABLE} (engine, model, accelerator, profile, recorded_at)`;
/** Two runners creating the table at once would race in the catalog; a transaction-scoped advisory lock orders them. */
const SCHEMA_LOCK = 'SELECT pg_advisory_xact_lock(hashtext($1))';
const SERIES_MATCH = 'accelerator IS NOT DISTINCT FROM $1 AND engine = $2 AND model = $3 AND profile IS NOT DISTINCT FROM $4';

/** The connection string without its password, for messages and logs. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return `PostgreSQL ${u.toString()}`;
  } catch {
    return 'PostgreSQL (connection string not a URL)';
  }
}

/**
 * The history in PostgreSQL, for a fleet of runners appending at once: each append is one INSERT … ON
 * CONFLICT DO NOTHING, so concurrent and repeated appends of a run keep one row. Same queries as the file.
 */
export class PostgresHistoryStore implements HistoryStore {
  private constructor(
    private readonly client: pg.Client,
    readonly description: string,
  ) {}

  static async open(url: string): Promise<PostgresHistoryStore> {
    const description = describeDatabase(url);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 30_000 });
    // A dropped connection later surfaces on the next query; without a listener it would crash the process.
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('BEGIN');
      await client.query(SCHEMA_LOCK, [TABLE]);
      await client.query(SCHEMA_SQL);
      await client.query('COMMIT');
    } catch (error) {
      await client.end().catch(() => {});
      throw new InputError(`${description}: cannot open the history (${(error as Error).message})`);
    }
    return new PostgresHistoryStore(client, description);
  }

  async append(entries: readonly HistoryEntry[]): Promise<number> {
    let added = 0;
    for (const entry of entries) {
      const e = historyEntrySchema.parse(entry);
      const result = await this.query(
        `INSERT INTO ${TABLE} (run_id, recorded_at, accelerator, engine, model, profile, entry) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (run_id) DO NOTHING`,
        [e.run_id, e.recorded_at, e.series.accelerator, e.series.engine, e.series.model, e.series.profile, JSON.stringify(e)],
      );
      added += result.rowCount ?? 0;
    }
    return added;
  }

  async listSeries(): Promise<SeriesKey[]> {
    const result = await this.query(
      `SELECT DISTINCT accelerator, engine, model, profile FROM ${TABLE} ORDER BY accelerator NULLS FIRST, engine, model, profile NULLS FIRST`,
      [],
    );
    return result.rows.map((r: Record<string, unknown>) => ({ accelerator: r.accelerator as string | null, engine: r.engine as string, model: r.model as string, profile: r.profile as string | null }));
  }

  async runs(series: SeriesKey, options: { last?: number } = {}): Promise<HistoryEntry[]> {
    const args = [series.accelerator, series.engine, series.model, series.profile];
    // The last N in history order: the newest N, turned back to oldest first.
    const sql = options.last === undefined
      ? `SELECT entry FROM ${TABLE} WHERE ${SERIES_MATCH} ORDER BY recorded_at, run_id`
      : `SELECT entry FROM (SELECT entry, recorded_at, run_id FROM ${TABLE} WHERE ${SERIES_MATCH} ORDER BY recorded_at DESC, run_id DESC LIMIT $5) newest ORDER BY recorded_at, run_id`;
    const result = await this.query(sql, options.last === undefined ? args : [...args, options.last]);
    return result.rows.map((r: { entry: unknown }, i: number) => {
      const parsed = historyEntrySchema.safeParse(r.entry);
      if (!parsed.success) throw new InputError(`${this.description}: row ${i + 1} of series ${JSON.stringify(series)} is not a history entry (${parsed.error.issues[0]?.message ?? 'invalid'})`);
      return parsed.data;
    });
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => {});
  }

  private async query(sql: string, args: unknown[]): Promise<pg.QueryResult> {
    try {
      return await this.client.query(sql, args);
    } catch (error) {
      throw new InputError(`${this.description}: ${(error as Error).message}`);
    }
  }
}
