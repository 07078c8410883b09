/**
 * The generated text of one field of one stream, built as the events arrive and decoded once at the end.
 * A templated event's text (event-template.ts, matchBytes) is printable ASCII and is copied as bytes into
 * one growing buffer, so a token costs no string; a text read the general way arrives as a string and is
 * kept as one. The order is kept: the ASCII bytes pending are turned into a string before a string part.
 * (V8 would allocate a string per token otherwise; a 64-token answer is then one string, not 64 and a join.)
 */
const FIRST_CAPACITY = 256;

export class TextParts {
  private readonly parts: string[] = [];
  private ascii: Buffer | null = null;
  private asciiLength = 0;

  /** Appends bytes[start, end), all printable ASCII. */
  appendAscii(bytes: Buffer, start: number, end: number): void {
    const n = end - start;
    let buffer = this.ascii;
    if (buffer === null || this.asciiLength + n > buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(FIRST_CAPACITY, 2 * (this.asciiLength + n)));
      if (buffer !== null) buffer.copy(grown, 0, 0, this.asciiLength);
      buffer = this.ascii = grown;
    }
    let at = this.asciiLength;
    // A token is a few bytes: a loop is cheaper than a native copy's call.
    for (let i = start; i < end; i++) buffer[at++] = bytes[i]!;
    this.asciiLength = at;
  }

  append(text: string): void {
    this.flushAscii();
    this.parts.push(text);
  }

  /** The text so far. */
  text(): string {
    this.flushAscii();
    return this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
  }

  private flushAscii(): void {
    if (this.asciiLength === 0) return;
    this.parts.push(this.ascii!.toString('latin1', 0, this.asciiLength));
    this.asciiLength = 0;
  }
}
