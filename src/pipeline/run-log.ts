import { appendFileSync } from 'node:fs';
import type { Logger } from '../util/logger.js';
import { redactSecrets } from '../util/secrets.js';

/**
 * The run's console log: every message and seed line also goes to <run>/console.log, so the folder keeps
 * what the console showed even when the job log is gone. Appended line by line: nothing is lost on a crash.
 */
export class RunLog implements Logger {
  private file: string | null = null;

  constructor(
    private readonly log: Logger,
    private readonly printLine: (line: string) => void,
  ) {}

  /** Starts copying to the file; earlier messages are written first so the file is complete. */
  attach(file: string): void {
    this.file = file;
    this.append(this.buffered.join(''));
    this.buffered = [];
  }

  private buffered: string[] = [];
  /** True once appending to console.log failed; later lines go to the console only. */
  private dropped = false;

  private keep(line: string): void {
    const stamped = `${new Date().toISOString()} ${line}\n`;
    if (this.file !== null) this.append(stamped);
    else if (!this.dropped) this.buffered.push(stamped);
  }

  private append(text: string): void {
    if (this.file === null) return;
    try {
      appendFileSync(this.file, text);
    } catch (error) {
      // console.log is a copy of what the console shows: a full disk must not end the run from here.
      // The console says once that the copy stopped; the run's own files report the disk themselves.
      const file = this.file;
      this.file = null;
      this.dropped = true;
      this.log.warn(`${file}: stopped copying the console (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }

  info(raw: string): void {
    const message = redactSecrets(raw);
    this.log.info(message);
    this.keep(`INFO ${message}`);
  }

  warn(raw: string): void {
    const message = redactSecrets(raw);
    this.log.warn(message);
    this.keep(`WARN ${message}`);
  }

  /**
   * Into console.log only: a message the entry prints itself. The run's failure is reported once, by the
   * CLI's error handler or the action's setFailed; printed here too, the console showed it twice.
   */
  keepOnly(raw: string): void {
    this.keep(`WARN ${redactSecrets(raw)}`);
  }

  /** A result line for the console's stdout (the seed's `TTFT:` lines). */
  result(line: string): void {
    this.printLine(line);
    this.keep(line);
  }
}
