export const id = 618;
export const ids = [618];
export const modules = {

/***/ 84237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PostgresHistoryStore: () => (/* binding */ PostgresHistoryStore)
/* harmony export */ });
/* unused harmony export describeDatabase */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83849);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _history_entry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62456);



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
function describeDatabase(url) {
    try {
        const u = new URL(url);
        if (u.password)
            u.password = '***';
        return `PostgreSQL ${u.toString()}`;
    }
    catch {
        return 'PostgreSQL (connection string not a URL)';
    }
}
/**
 * The history in PostgreSQL, for a fleet of runners appending at once: each append is one INSERT … ON
 * CONFLICT DO NOTHING, so concurrent and repeated appends of a run keep one row. Same queries as the file.
 */
class PostgresHistoryStore {
    client;
    description;
    constructor(client, description) {
        this.client = client;
        this.description = description;
    }
    static async open(url) {
        const description = describeDatabase(url);
        const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({ connectionString: url, connectionTimeoutMillis: 30_000 });
        // A dropped connection later surfaces on the next query; without a listener it would crash the process.
        client.on('error', () => { });
        try {
            await client.connect();
            await client.query('BEGIN');
            await client.query(SCHEMA_LOCK, [TABLE]);
            await client.query(SCHEMA_SQL);
            await client.query('COMMIT');
        }
        catch (error) {
            await client.end().catch(() => { });
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${description}: cannot open the history (${error.message})`);
        }
        return new PostgresHistoryStore(client, description);
    }
    async append(entries) {
        let added = 0;
        for (const entry of entries) {
            const e = _history_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .historyEntrySchema */ .Gv.parse(entry);
            const result = await this.query(`INSERT INTO ${TABLE} (run_id, recorded_at, accelerator, engine, model, profile, entry) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (run_id) DO NOTHING`, [e.run_id, e.recorded_at, e.series.accelerator, e.series.engine, e.series.model, e.series.profile, JSON.stringify(e)]);
            added += result.rowCount ?? 0;
        }
        return added;
    }
    async listSeries() {
        const result = await this.query(`SELECT DISTINCT accelerator, engine, model, profile FROM ${TABLE} ORDER BY accelerator NULLS FIRST, engine, model, profile NULLS FIRST`, []);
        return result.rows.map((r) => ({ accelerator: r.accelerator, engine: r.engine, model: r.model, profile: r.profile }));
    }
    async runs(series, options = {}) {
        const args = [series.accelerator, series.engine, series.model, series.profile];
        // The last N in history order: the newest N, turned back to oldest first.
        const sql = options.last === undefined
            ? `SELECT entry FROM ${TABLE} WHERE ${SERIES_MATCH} ORDER BY recorded_at, run_id`
            : `SELECT entry FROM (SELECT entry, recorded_at, run_id FROM ${TABLE} WHERE ${SERIES_MATCH} ORDER BY recorded_at DESC, run_id DESC LIMIT $5) newest ORDER BY recorded_at, run_id`;
        const result = await this.query(sql, options.last === undefined ? args : [...args, options.last]);
        return result.rows.map((r, i) => {
            const parsed = _history_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .historyEntrySchema */ .Gv.safeParse(r.entry);
            if (!parsed.success)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${this.description}: row ${i + 1} of series ${JSON.stringify(series)} is not a history entry (${parsed.error.issues[0]?.message ?? 'invalid'})`);
            return parsed.data;
        });
    }
    async close() {
        await this.client.end().catch(() => { });
    }
    async query(sql, args) {
        try {
            return await this.client.query(sql, args);
        }
        catch (error) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${this.description}: ${error.message}`);
        }
    }
}


/***/ })

};
