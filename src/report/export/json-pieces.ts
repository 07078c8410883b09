/**
 * JSON.stringify(value) (compact, no indentation) handed out a piece at a time, so a large export (vLLM's
 * result with a list entry per request) is written without its whole text in memory: each top-level
 * field, and each element of a top-level array, is stringified on its own. The pieces joined are
 * JSON.stringify's text byte for byte (undefined fields left out, undefined array elements as null).
 * A top-level StreamedList is written as the array of the elements it produces, one at a time.
 */
export function* jsonPieces(value: Readonly<Record<string, unknown>>): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (Array.isArray(field) || field instanceof StreamedList) yield* arrayPieces(field as Iterable<unknown>);
    else yield JSON.stringify(field);
  }
  yield '}';
}

function* arrayPieces(items: Iterable<unknown>): Generator<string> {
  yield '[';
  let i = 0;
  for (const item of items) yield `${i++ > 0 ? ',' : ''}${JSON.stringify(item) ?? 'null'}`;
  yield ']';
}

/**
 * A list an export writes element by element without holding it (a per-request list drawn from the run's
 * columns, or read back from requests.jsonl): `items` makes a fresh pass each time it is iterated.
 */
export class StreamedList<T> implements Iterable<T> {
  constructor(
    readonly length: number,
    private readonly items: () => Iterable<T>,
  ) {}

  [Symbol.iterator](): Iterator<T> {
    return this.items()[Symbol.iterator]();
  }

  toArray(): T[] {
    return [...this];
  }
}

/** The pieces, then a final newline (the exports end with one). */
export function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}
