/** The send stamp is the moment the request's bytes are written to the socket (docs/metrics.md, "Send time"). */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Connection, type ConnectionPool } from '../../src/load/connection-pool.js';
import { requestHeadPrefix } from '../../src/load/http1-request.js';
import { streamRequest } from '../../src/load/stream-request.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer({ shape: 'vllm', defaults: { ttft_ms: 1, itl_ms: 1 } });
});
afterAll(async () => {
  await server.close();
});

/** A pool that hands out one given connection. */
const poolOf = (connection: Connection): ConnectionPool =>
  ({ acquire: () => connection, fresh: () => connection, release: () => undefined }) as unknown as ConnectionPool;

describe('send stamp', () => {
  it('is taken when the connection is ready and the bytes are written, not when the request was asked for', async () => {
    const { port } = new URL(server.url);
    const socket = new net.Socket();
    const connection = new Connection(socket, false);
    const body = JSON.stringify({ model: 'm', stream: true, max_tokens: 2, messages: [{ role: 'user', content: '[[tokens=2]]' }] });
    const asked = performance.now();
    const pending = streamRequest({ connections: poolOf(connection), head: requestHeadPrefix(server.url, '/v1/chat/completions', {}), body, timeout_ms: 10_000 });
    // The request cannot leave before the socket connects, which starts only now.
    await new Promise((r) => setImmediate(r));
    const connectAsked = performance.now();
    socket.connect(Number(port), '127.0.0.1');
    const result = await pending;
    socket.destroy();
    expect(result.error).toBeNull();
    expect(result.send_at).toBeGreaterThan(asked);
    expect(result.send_at).toBeGreaterThanOrEqual(connectAsked);
    // The first token is timed from the write, so it is no earlier than the stamp.
    expect(result.stream.ttft_ms).toBeGreaterThan(0);
  });

  it('a connection that fails before it is ready fails the request with the connection error', async () => {
    const socket = new net.Socket();
    const connection = new Connection(socket, false);
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const pending = streamRequest({ connections: poolOf(connection), head: requestHeadPrefix(server.url, '/v1/chat/completions', {}), body: '{}', timeout_ms: 10_000 });
    socket.connect(closed, '127.0.0.1');
    const result = await pending;
    expect(result.error?.kind).toBe('connection_refused');
    expect(result.close_ms).toBeNull();
  });
});
