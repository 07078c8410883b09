/** Small fetch helpers for readiness and version checks: every call has its own timeout. */

export interface ProbeResponse {
  status: number;
  body: string;
  /**
   * Where a redirect to another origin pointed (origin and path, never its query): such a redirect is
   * not followed, and this response is the redirect itself.
   */
  refusedRedirect?: string;
}

/** Why a probe got no HTTP answer at all. */
export interface ProbeFailure {
  error: string;
}

/** Same-origin redirects followed before giving up (fetch's own limit is 20). */
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

interface ProbeInit {
  method?: 'GET' | 'POST';
  body?: unknown;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** One HTTP exchange; null when the server could not be reached (refused, reset, timed out). */
export async function probe(url: string, init: ProbeInit): Promise<ProbeResponse | null> {
  const answer = await probeAnswer(url, init);
  return 'error' in answer ? null : answer;
}

/**
 * One HTTP exchange, or why there was none. Redirects are followed by hand and only within the origin
 * probed: the engine (or whatever answers on its port) must not send infergate's requests, and the
 * headers they may carry, to another host.
 */
export async function probeAnswer(url: string, init: ProbeInit): Promise<ProbeResponse | ProbeFailure> {
  const signals = [AbortSignal.timeout(init.timeoutMs)];
  if (init.signal) signals.push(init.signal);
  const signal = AbortSignal.any(signals);
  let current = new URL(url);
  let method = init.method ?? 'GET';
  let body = init.body;
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(current, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
        redirect: 'manual',
      });
      const location = response.headers.get('location');
      if (!REDIRECT_STATUSES.has(response.status) || location === null || hop === MAX_REDIRECTS) {
        return { status: response.status, body: await response.text() };
      }
      const target = new URL(location, current);
      await response.body?.cancel();
      if (target.origin !== current.origin) return { status: response.status, body: '', refusedRedirect: `${target.origin}${target.pathname}` };
      // As fetch does: 303 (and 301/302 after a POST) continue as a GET without a body.
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
      }
      current = target;
    }
  } catch (error) {
    return { error: describeFetchError(error) };
  }
}

function describeFetchError(error: unknown): string {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError') return 'no answer before the probe timeout';
  if (name === 'AbortError') return 'cancelled';
  let cause: unknown = error;
  for (let depth = 0; depth < 4 && typeof cause === 'object' && cause !== null; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code === 'ECONNREFUSED' ? 'connection refused' : code === 'ECONNRESET' ? 'connection reset' : code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.message : String(error);
}

/** "host:port" as a URL authority: wildcard listen addresses are reached through loopback. */
export function connectHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::' || host === '[::]') return '[::1]';
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

export function baseUrlFor(host: string, port: number): string {
  return `http://${connectHost(host)}:${port}`;
}
