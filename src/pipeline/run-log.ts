import { appendFileSync } from 'node:fs';
import type { Logger } from '../util/logger.js';

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
    appendFileSync(file, this.buffered.join(''));
    this.buffered = [];
  }

  private buffered: string[] = [];

  private keep(line: string): void {
    const stamped = `${new Date().toISOString()} ${line}\n`;
    if (this.file) appendFileSync(this.file, stamped);
    else this.buffered.push(stamped);
  }

  info(message: string): void {
    this.log.info(message);
    this.keep(`INFO ${message}`);
  }

  warn(message: string): void {
    this.log.warn(message);
    this.keep(`WARN ${message}`);
  }

  /** A result line for the console's stdout (the seed's `TTFT:` lines). */
  result(line: string): void {
    this.printLine(line);
    this.keep(line);
  }
}
