/** Maps a transport error from undici or Node to the failure kind recorded for the request. */
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
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
    case 'ERR_STREAM_PREMATURE_CLOSE':
      return 'connection_reset';
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'timeout';
    case 'UND_ERR_ABORTED':
      return 'aborted';
    default:
      return 'other';
  }
}

/** True for the failure a kept-alive connection shows when the server closed it before answering. */
export function isClosedBeforeResponse(err: unknown): boolean {
  const code = codeOf(err);
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_CLOSED';
}

export function messageOf(err: unknown): string {
  if (err instanceof Error) {
    const code = codeOf(err);
    return code && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
  }
  return String(err);
}
