import { createWriteStream, type WriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { redactSecrets } from '../util/secrets.js';

/** Lines kept in memory for error messages; output.txt keeps everything. */
const KEPT_LINES = 500;

/**
 * The engine's stdout and stderr, line by line, each prefixed with the time it arrived and its stream,
 * written to output.txt and kept (the last few hundred) for error messages.
 */
export class EngineLog {
  private readonly file: WriteStream;
  private readonly recent: string[] = [];
  private readonly open = new Set<Readable>();
  private closed = false;

  constructor(
    readonly path: string,
    private readonly onLine?: (line: string) => void,
  ) {
    this.file = createWriteStream(path, { flags: 'a' });
    // A full disk must not take the benchmark down with it; the in-memory tail still works.
    this.file.on('error', () => undefined);
  }

  /** A line from infergate itself (launch command, stop), marked as such. */
  note(text: string): void {
    this.write('infergate', text);
  }

  attach(stream: Readable, tag: 'stdout' | 'stderr'): void {
    this.open.add(stream);
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (partial + chunk).split(/\r?\n/);
      partial = parts.pop() ?? '';
      for (const part of parts) this.write(tag, part);
    });
    const finish = (): void => {
      if (partial !== '') this.write(tag, partial);
      partial = '';
      this.open.delete(stream);
    };
    stream.on('end', finish);
    stream.on('close', finish);
    stream.on('error', finish);
  }

  /** The last n lines (without timestamps), oldest first. */
  tail(n: number): string[] {
    return this.recent.slice(Math.max(0, this.recent.length - n));
  }

  /** Resolves once every attached stream ended, or after waitMs (an engine's grandchild may hold a pipe). */
  async drain(waitMs: number): Promise<void> {
    const deadline = Date.now() + waitMs;
    while (this.open.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await new Promise<void>((resolve) => this.file.end(resolve));
  }

  private write(tag: string, raw: string): void {
    // An engine may print its environment or arguments: tokens never reach output.txt or an error message.
    const text = redactSecrets(raw);
    this.recent.push(text);
    if (this.recent.length > KEPT_LINES) this.recent.splice(0, this.recent.length - KEPT_LINES);
    if (!this.closed) this.file.write(`${new Date().toISOString()} [${tag}] ${text}\n`);
    this.onLine?.(text);
  }
}
