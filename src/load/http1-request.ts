/**
 * The bytes of a streamed POST, written by the load generator's own HTTP/1.1 client: the request line and
 * header fields are built once per run (every request of a run shares them), the body per request.
 */

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Field values may hold visible characters, spaces and tabs, never CR, LF or NUL (RFC 9110 §5.5). */
const FIELD_VALUE = /^[^\r\n\0]*$/;
/** Fields the client writes itself: a configured one would frame or route the request differently. */
const RESERVED = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'upgrade', 'expect', 'te', 'trailer', 'keep-alive']);

/** A request header that cannot be written; the message names it (never its value, which may be a secret). */
export class RequestHeaderError extends Error {}

/**
 * The request line and header fields, ending just before `content-length` (which request bytes append).
 * Throws RequestHeaderError for a header name or value HTTP/1.1 cannot carry.
 */
export function requestHeadPrefix(origin: string, path: string, headers: Record<string, string>): string {
  const url = new URL(origin);
  let head = `POST ${path} HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: application/json\r\naccept: text/event-stream\r\naccept-encoding: identity\r\n`;
  const written = new Set(['content-type', 'accept', 'accept-encoding']);
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (!TOKEN.test(name)) throw new RequestHeaderError(`request header ${JSON.stringify(name.slice(0, 60))} is not a valid header name`);
    if (RESERVED.has(key)) throw new RequestHeaderError(`request header "${key}" is set by infergate's HTTP client and cannot be configured`);
    if (!FIELD_VALUE.test(value)) throw new RequestHeaderError(`request header "${name}" has a value with a line break or NUL character`);
    if (written.has(key)) head = head.replace(new RegExp(`^${key}: .*\r\n`, 'm'), '');
    written.add(key);
    head += `${name}: ${value.trim()}\r\n`;
  }
  return head;
}

/** The whole request: head, content-length, blank line, body. */
export function requestBytes(headPrefix: string, body: string): string {
  return `${headPrefix}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}
