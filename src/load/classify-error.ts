/** Maps a transport error from Node or the load generator's HTTP client to the failure kind recorded for the request. */
import type { FailureKind } from '../run-folder/request-record.js';

export class RequestTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`no complete response within the ${timeoutMs} ms request timeout`);
  }
}

export class RequestAbortedError extends Error {
  constructor(reason: string) {
    super(reason);
  }
}

/** The connection closed before the response ended (`beforeResponse`: before its first byte). */
export class ResponseCutShortError extends Error {
  readonly code = 'INFERGATE_SOCKET_CLOSED';
  constructor(beforeResponse: boolean) {
    super(beforeResponse ? 'the server closed the connection before responding' : 'the server closed the connection before the response ended');
  }
}

function codeOf(err: unknown): string {
  let e: unknown = err;
  for (let depth = 0; depth < 4 && typeof e === 'object' && e !== null; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return '';
}

export function classifyError(err: unknown): FailureKind {
  if (err instanceof RequestTimeoutError) return 'timeout';
  if (err instanceof RequestAbortedError) return 'aborted';
  switch (codeOf(err)) {
    case 'ECONNREFUSED':
      return 'connection_refused';
    case 'ECONNRESET':
    case 'EPIPE':
    case 'INFERGATE_SOCKET_CLOSED':
    case 'ERR_STREAM_PREMATURE_CLOSE':
      return 'connection_reset';
    case 'ETIMEDOUT':
      return 'timeout';
    default:
      return 'other';
  }
}

/** True for the failure a kept-alive connection shows when the server closed it before answering. */
export function isClosedBeforeResponse(err: unknown): boolean {
  const code = codeOf(err);
  return code === 'INFERGATE_SOCKET_CLOSED' || code === 'ECONNRESET' || code === 'EPIPE';
}

export function messageOf(err: unknown): string {
  if (err instanceof Error) {
    const code = codeOf(err);
    // The client's own codes only sort errors; the message already says what happened.
    return code && !code.startsWith('INFERGATE_') && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
  }
  return String(err);
}
