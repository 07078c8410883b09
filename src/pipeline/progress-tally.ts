import { requestLatency } from '../metrics/latency/index.js';
import type { RequestRecord } from '../load/index.js';

/** What the progress line shows after each record: counts for the whole run, rates for the current step. */
export interface RunProgress {
  /** Requests ended so far, warmup included, of `total` planned. */
  done: number;
  total: number;
  errors: number;
  /** Completed measured requests of the current step (trial and sweep step). */
  completed: number;
  /** Their output tokens. */
  outputTokens: number;
  /**
   * ms from the step's first measured send to its latest completed stream close: the window of the final
   * `Time`, so completed / spanMs is `Throughput` and outputTokens / spanMs is `Tps` as measured so far.
   */
  spanMs: number;
}

/**
 * Counts records as the load hands them over. The rates follow the final figures' definitions
 * (docs/metrics.md, "Run figures") over the current step: the same completed requests (requestLatency),
 * the same window (first measured send → last completed close). A rate counted from the first completion
 * instead read 14–24 % above the final Throughput; this one ends equal to it.
 */
export class ProgressTally {
  private done = 0;
  private errors = 0;
  private step = { key: '', completed: 0, outputTokens: 0, firstSend: Infinity, lastEnd: -Infinity };

  constructor(private total: number) {}

  /** Requests ended so far, warmup included. */
  get ended(): number {
    return this.done;
  }

  /** More requests planned than at the start (a capacity probe's further pass). */
  plan(more: number): void {
    this.total += more;
  }

  add(record: RequestRecord): RunProgress {
    this.done++;
    if (record.error) this.errors++;
    if (!record.warmup) this.count(record);
    const { completed, outputTokens, firstSend, lastEnd } = this.step;
    const spanMs = lastEnd > firstSend ? lastEnd - firstSend : 0;
    return { done: this.done, total: this.total, errors: this.errors, completed, outputTokens, spanMs };
  }

  private count(record: RequestRecord): void {
    const key = `${record.trial ?? 0}/${record.step}`;
    if (key !== this.step.key) this.step = { key, completed: 0, outputTokens: 0, firstSend: Infinity, lastEnd: -Infinity };
    this.step.firstSend = Math.min(this.step.firstSend, record.send_ms);
    const latency = requestLatency(record);
    if (latency === null) return;
    this.step.completed++;
    this.step.outputTokens += latency.output_tokens;
    this.step.lastEnd = Math.max(this.step.lastEnd, record.send_ms + (record.close_ms ?? record.e2el_ms ?? 0));
  }
}
