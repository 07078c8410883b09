/**
 * JSON.stringify(value) (compact, no indentation) handed out a piece at a time, so a large export (vLLM's
 * result with a list entry per request) is written without its whole text in memory: each top-level
 * field, and each element of a top-level array, is stringified on its own. The pieces joined are
 * JSON.stringify's text byte for byte (undefined fields left out, undefined array elements as null).
 */
export function* jsonPieces(value: Readonly<Record<string, unknown>>): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (Array.isArray(field)) yield* arrayPieces(field);
    else yield JSON.stringify(field);
  }
  yield '}';
}

function* arrayPieces(items: readonly unknown[]): Generator<string> {
  yield '[';
  for (let i = 0; i < items.length; i++) yield `${i > 0 ? ',' : ''}${JSON.stringify(items[i]) ?? 'null'}`;
  yield ']';
}

/** The pieces, then a final newline (the exports end with one). */
export function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}
