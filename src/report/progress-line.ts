/**
 * The run's progress line. On a terminal it rewrites one line in place (carriage return + erase to end
 * of line), at most every `ttyIntervalMs`; elsewhere (CI logs) it prints a plain line every
 * `intervalMs` with no control characters at all. Rates are averages since the first update.
 * The load stage reports through a callback; the pipeline owns the reporter (stages never import later ones).
 */
export interface ProgressSnapshot {
  done: number;
  errors: number;
  outputTokens: number;
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

/** "label 120/500 (24%) | 3.1 req/s | 410 tok/s | errors 2 | ETA 2:03" */
export function formatProgress(label: string, total: number, s: ProgressSnapshot, elapsedMs: number): string {
  const elapsedS = elapsedMs / 1000;
  const reqRate = elapsedS > 0 ? s.done / elapsedS : 0;
  const tokRate = elapsedS > 0 ? s.outputTokens / elapsedS : 0;
  const pct = total > 0 ? Math.floor((100 * s.done) / total) : 0;
  const eta = s.done >= total ? 0 : reqRate > 0 ? (total - s.done) / reqRate : Number.NaN;
  return `${label} ${s.done}/${total} (${pct}%) | ${reqRate.toFixed(2)} req/s | ${tokRate.toFixed(1)} tok/s | errors ${s.errors} | ETA ${formatDuration(eta)}`;
}

export class ProgressReporter {
  private readonly now: () => number;
  private startedAt: number | null = null;
  private lastWrite = Number.NEGATIVE_INFINITY;
  private last: ProgressSnapshot = { done: 0, errors: 0, outputTokens: 0 };
  private finished = false;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  update(snapshot: ProgressSnapshot): void {
    if (this.finished) return;
    const t = this.now();
    if (this.startedAt === null) this.startedAt = t;
    this.last = snapshot;
    const period = this.options.isTTY ? (this.options.ttyIntervalMs ?? 200) : (this.options.intervalMs ?? 10_000);
    if (t - this.lastWrite < period) return;
    this.lastWrite = t;
    this.emit(t);
  }

  /** Writes the final state once and, on a terminal, ends the line. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const t = this.now();
    if (this.startedAt === null) this.startedAt = t;
    this.emit(t);
    if (this.options.isTTY) this.options.write('\n');
  }

  private emit(t: number): void {
    const line = formatProgress(this.options.label ?? 'requests', this.options.total, this.last, t - (this.startedAt ?? t));
    if (this.options.isTTY) this.options.write(`\r${line}\x1b[K`);
    else this.options.write(`${line}\n`);
  }
}
