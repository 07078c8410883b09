/**
 * The run's progress line. On a terminal it rewrites one line in place (carriage return + erase to end
 * of line), at most every `ttyIntervalMs`; elsewhere (CI logs) it prints a plain line every
 * `intervalMs` with no control characters at all. The rates are the current step's Throughput and Tps
 * as measured so far, with the final figures' definitions (the pipeline's ProgressTally counts them), so
 * the last progress line agrees with the `Throughput:` and `Tps:` lines; the ETA is an estimate: the
 * requests left at that request rate.
 * The load stage reports through a callback; the pipeline owns the reporter (stages never import later ones).
 */
export interface ProgressSnapshot {
  /** Requests ended, warmup included. */
  done: number;
  errors: number;
  /** Completed measured requests of the current step and their output tokens… */
  completed: number;
  outputTokens: number;
  /** …over this window: the step's first measured send → its latest completed close, ms. */
  spanMs: number;
}

export interface ProgressOptions {
  total: number;
  isTTY: boolean;
  write: (text: string) => void;
  now?: () => number;
  /** Period of the plain lines when not on a terminal (default 10 s). */
  intervalMs?: number;
  /** Minimum time between in-place redraws on a terminal (default 200 ms). */
  ttyIntervalMs?: number;
  label?: string;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * "label 120/500 (24%) | 3.100 req/s | 410.0 tok/s | errors 2 | ETA 2:03", the rates at the precision of
 * the `Throughput:` and `Tps:` lines.
 */
export function formatProgress(label: string, total: number, s: ProgressSnapshot): string {
  const spanS = s.spanMs / 1000;
  const reqRate = spanS > 0 ? s.completed / spanS : 0;
  const tokRate = spanS > 0 ? s.outputTokens / spanS : 0;
  const pct = total > 0 ? Math.floor((100 * s.done) / total) : 0;
  const eta = s.done >= total ? 0 : reqRate > 0 ? (total - s.done) / reqRate : Number.NaN;
  return `${label} ${s.done}/${total} (${pct}%) | ${reqRate.toFixed(3)} req/s | ${tokRate.toFixed(1)} tok/s | errors ${s.errors} | ETA ${formatDuration(eta)}`;
}

export class ProgressReporter {
  private readonly now: () => number;
  private lastWrite = Number.NEGATIVE_INFINITY;
  private last: ProgressSnapshot = { done: 0, errors: 0, completed: 0, outputTokens: 0, spanMs: 0 };
  private finished = false;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  update(snapshot: ProgressSnapshot): void {
    if (this.finished) return;
    const t = this.now();
    this.last = snapshot;
    const period = this.options.isTTY ? (this.options.ttyIntervalMs ?? 200) : (this.options.intervalMs ?? 10_000);
    if (t - this.lastWrite < period) return;
    this.lastWrite = t;
    this.emit();
  }

  /** Writes the final state once and, on a terminal, ends the line. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.emit();
    if (this.options.isTTY) this.options.write('\n');
  }

  private emit(): void {
    const line = formatProgress(this.options.label ?? 'requests', this.options.total, this.last);
    if (this.options.isTTY) this.options.write(`\r${line}\x1b[K`);
    else this.options.write(`${line}\n`);
  }
}
