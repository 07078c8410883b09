/**
 * Upper bounds on settings that size what a run holds or waits for. Each is far above any real benchmark
 * and far below what would exhaust a runner; docs/configuration.md ("Bounds") lists them with the reason.
 */

/**
 * Node's timers hold at most 2^31−1 ms (about 24.8 days); a longer delay fires after 1 ms instead. Every
 * duration that becomes a timer (request.timeout_s, engine_options.startup_timeout_s, load.time_budget_s)
 * is checked against it, in seconds.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;
export const MAX_TIMER_S = Math.floor(MAX_TIMER_MS / 1000);
export const TIMER_LIMIT_REASON = 'the longest a Node timer can wait, about 24.8 days';

/** Requests in flight at once (load.concurrency, load.max_concurrency, a concurrency sweep's entries). */
export const MAX_CONCURRENCY = 10_000;
/** Warm-up requests go out together before the measured steps; each holds a socket and a record. */
export const MAX_WARMUP_REQUESTS = 10_000;
/** Requests per second of the open-loop shape (load.rate, a rate sweep's entries). */
export const MAX_RATE_RPS = 1_000_000;
/** Entries of load.sweep: each is a whole pass over the prompts. */
export const MAX_SWEEP_STEPS = 64;
/** Percentiles reported per latency metric. */
export const MAX_PERCENTILES = 32;
/** Longest telemetry sampling interval (one hour). */
export const MAX_TELEMETRY_INTERVAL_MS = 3_600_000;
/** Load threads (load.client_threads): each is a V8 isolate of its own, 9–14 MB before any stream. */
export const MAX_CLIENT_THREADS = 256;
