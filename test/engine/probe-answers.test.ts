import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/engine/adapters.js';
import { readVersion } from '../../src/engine/engine-version.js';
import { probe } from '../../src/engine/http-probe.js';
import { waitUntilReady } from '../../src/engine/readiness.js';

/**
 * What the readiness and version probes do with what a server answers: a timeout says what came back
 * (status codes, a short printable body excerpt), and a redirect to another origin is never followed.
 * Every wait here ends on an event (the n-th request arriving), never on a clock.
 */
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      return closed;
    }),
  );
});

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('readiness says what the server answered', () => {
  it('every readiness request answered 500: the status codes, counts and a sanitized body excerpt', async () => {
    const stop = new AbortController();
    let requests = 0;
    const url = await serve((_req, res) => {
      // Probes go one at a time, so when the 7th arrives the first 6 (3 rounds of 2 paths) are recorded.
      if (++requests === 7) return stop.abort();
      res.writeHead(500).end(`engine overloaded\r\n::error::forged\u001b[31m ${'x'.repeat(300)}`);
    });
    const outcome = await waitUntilReady({ baseUrl: url, adapter: adapterFor('external'), model: 'm', pollMs: 1, signal: stop.signal });
    expect(outcome).toMatchObject({ ready: false, reason: 'aborted' });
    const answers = (outcome as { answers: string }).answers;
    expect(answers).toMatch(/^GET \/health → 500 ×3 \(last: "engine overloaded ::error::forged \[31m x+…"\); GET \/v1\/models → 500 ×3 \(last: "/);
    for (const control of ['\r', '\n', '\u001b']) expect(answers).not.toContain(control);
  });

  it('no server at all: the error is named', async () => {
    const url = await serve(() => undefined);
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const stop = new AbortController();
    let polls = 0;
    // The loop sleeps between rounds; abort on the third round's sleep, by counting rounds through the adapter.
    const adapter = { ...adapterFor('external'), readiness: { ...adapterFor('external').readiness, get healthPaths() {
      if (++polls === 3) stop.abort();
      return ['/health'];
    } } };
    const outcome = await waitUntilReady({ baseUrl: url, adapter, model: 'm', pollMs: 1, signal: stop.signal });
    expect((outcome as { answers: string }).answers).toMatch(/^GET \/health → no answer ×2 \(last: connection refused\)$/);
  });
});

describe('redirects to another origin are not followed', () => {
  it('a probe stops at a 307 to another origin and names where it pointed', async () => {
    let elsewhere = 0;
    const other = await serve((_req, res) => {
      elsewhere++;
      res.writeHead(200).end('{}');
    });
    const url = await serve((_req, res) => res.writeHead(307, { location: `${other}/health?token=abc` }).end());
    const answer = await probe(`${url}/health`, { timeoutMs: 60_000 });
    expect(answer).toEqual({ status: 307, body: '', refusedRedirect: `${other}/health` });
    expect(elsewhere).toBe(0);
  });

  it('a redirect within the same origin is followed', async () => {
    const url = await serve((req, res) => {
      if (req.url === '/old') res.writeHead(308, { location: '/health' }).end();
      else res.writeHead(200).end('fine');
    });
    expect(await probe(`${url}/old`, { timeoutMs: 60_000 })).toEqual({ status: 200, body: 'fine' });
  });

  it('readiness never becomes ready through another origin, and says why', async () => {
    let elsewhere = 0;
    const other = await serve((_req, res) => {
      elsewhere++;
      res.writeHead(200).end('{"choices":[{}]}');
    });
    const stop = new AbortController();
    let requests = 0;
    const url = await serve((req, res) => {
      if (++requests === 5) return stop.abort();
      res.writeHead(307, { location: `${other}${req.url}` }).end();
    });
    const outcome = await waitUntilReady({ baseUrl: url, adapter: adapterFor('external'), model: 'm', pollMs: 1, signal: stop.signal });
    expect(outcome).toMatchObject({ ready: false, reason: 'aborted' });
    expect((outcome as { answers: string }).answers).toContain(`GET /health → 307 ×2 (last: redirect to ${other}/health not followed (another origin))`);
    expect(elsewhere).toBe(0);
  });

  it('the version probe does not follow one either', async () => {
    let elsewhere = 0;
    const other = await serve((_req, res) => {
      elsewhere++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"version":"6.6.6"}');
    });
    const url = await serve((_req, res) => res.writeHead(302, { location: `${other}/version` }).end());
    expect(await readVersion([{ kind: 'http', path: '/version', field: 'version' }], { baseUrl: url, command: null, env: {} })).toBeNull();
    expect(elsewhere).toBe(0);
  });
});
