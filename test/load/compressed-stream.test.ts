import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { runLoad } from '../../src/load/index.js';

/**
 * A compressed response stream is named, not read as "no text": infergate asks for no compression
 * (accept-encoding: identity) and a server or proxy that compresses anyway gets a failure that says so.
 */
const SSE = [
  'data: {"choices":[{"index":0,"delta":{"content":"Hello"}}]}',
  'data: {"choices":[{"index":0,"delta":{"content":" world"},"finish_reason":"stop"}]}',
  'data: [DONE]',
  '',
].join('\n\n');

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server?.closeAllConnections();
});

async function serve(status: number, encoding: string | null, seen: IncomingHttpHeaders[]): Promise<string> {
  server = createServer((req, res) => {
    seen.push(req.headers);
    const body = status === 200 ? SSE : '{"error": "overloaded"}';
    res.writeHead(status, { 'content-type': status === 200 ? 'text/event-stream' : 'application/json', ...(encoding ? { 'content-encoding': encoding } : {}) });
    res.end(encoding === 'gzip' ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function oneRequest(endpoint: string) {
  const outcome = await runLoad({
    endpoint, api: 'chat', model: 'm', prompts: [{ id: 'p1', prompt: 'hi' }],
    request: { max_tokens: 8, temperature: 0, timeout_ms: 60_000 }, shape: { kind: 'offline' }, warmup_requests: 0,
  });
  return outcome.records[0]!;
}

describe('compressed response streams', () => {
  it('a gzip-encoded stream fails naming the encoding, and the request asked for none', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const record = await oneRequest(await serve(200, 'gzip', seen));
    expect(seen[0]!['accept-encoding']).toBe('identity');
    expect(record.error).toMatchObject({ kind: 'malformed_event' });
    expect(record.error!.message).toMatch(/^the response stream is gzip-encoded \(content-encoding: gzip\) although the request asked for none; .*turn compression off/);
  });

  it('an error answer with a compressed body names the encoding instead of quoting bytes', async () => {
    const record = await oneRequest(await serve(503, 'gzip', []));
    expect(record.error).toMatchObject({ kind: 'http_status', status: 503, message: 'HTTP 503: (a gzip-encoded body, not shown)' });
  });

  it('an identity-encoded stream is read as usual', async () => {
    const record = await oneRequest(await serve(200, 'identity', []));
    expect(record.error).toBeNull();
    expect(record.text).toBe('Hello world');
  });
});
