/** Small fetch helpers for readiness and version checks: every call has its own timeout. */

export interface ProbeResponse {
  status: number;
  body: string;
}

/** One HTTP exchange; null when the server could not be reached (refused, reset, timed out). */
export async function probe(
  url: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; timeoutMs: number; signal?: AbortSignal },
): Promise<ProbeResponse | null> {
  const signals = [AbortSignal.timeout(init.timeoutMs)];
  if (init.signal) signals.push(init.signal);
  try {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.any(signals),
    });
    return { status: response.status, body: await response.text() };
  } catch {
    return null;
  }
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
