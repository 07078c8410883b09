import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionPool, type Connection } from '../../src/load/connection-pool.js';
import { Http1ResponseParser } from '../../src/load/http1-response-parser.js';
import { requestBytes, requestHeadPrefix } from '../../src/load/http1-request.js';

/** POSTs "hi" on the connection and resolves with the response body. */
function post(url: string, connection: Connection): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    const parser = new Http1ResponseParser({
      head: () => undefined, body: (b) => parts.push(Buffer.from(b)),
      end: () => {
        connection.reader = null;
        resolve(Buffer.concat(parts).toString('utf8'));
      },
    });
    connection.whenReady((err) => {
      if (err) return reject(err);
      connection.reader = (chunk) => void parser.push(chunk);
      connection.socket.write(requestBytes(requestHeadPrefix(url, '/x', {}), 'hi'));
    });
  });
}

/** A server that counts the connections it accepted and the ones still open. */
async function countingServer(): Promise<{ url: string; accepted: () => number; open: () => number; closeIdle: () => void; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  server.on('connection', (s: Socket) => {
    accepted += 1;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`, accepted: () => accepted, open: () => sockets.size,
    closeIdle: () => sockets.forEach((s) => s.destroy()),
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** A counting server (closed after the test) and a pool on it. */
async function poolOnServer(): Promise<{ srv: Awaited<ReturnType<typeof countingServer>>; pool: ConnectionPool }> {
  const srv = await countingServer();
  cleanups.push(srv.close);
  return { srv, pool: new ConnectionPool(srv.url) };
}

// Waits for the server to see what the client did; the 20 s cap is only a backstop (the assertion after it
// names what never happened).
const until = async (cond: () => boolean): Promise<void> => {
  for (let i = 0; i < 2000 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('ConnectionPool.prewarm', () => {
  it('opens the connections before any request, and the requests then use them', async () => {
    const { srv, pool } = await poolOnServer();
    await pool.prewarm(8);
    await until(() => srv.accepted() === 8);
    expect(srv.accepted()).toBe(8);
    const clients = Array.from({ length: 8 }, () => pool.acquire());
    const bodies = await Promise.all(clients.map((c) => post(srv.url, c)));
    expect(bodies).toEqual(Array(8).fill('ok'));
    // No connection was opened for the requests themselves.
    expect(srv.accepted()).toBe(8);
    clients.forEach((c) => pool.release(c, true));
    // Only what is missing is opened.
    await pool.prewarm(10);
    await until(() => srv.accepted() === 10);
    expect(srv.accepted()).toBe(10);
    await pool.close();
    await until(() => srv.open() === 0);
    expect(srv.open()).toBe(0);
  });

  it('closes connections it opened but never used when the pool closes', async () => {
    const { srv, pool } = await poolOnServer();
    await pool.prewarm(5);
    await until(() => srv.open() === 5);
    await pool.close();
    await until(() => srv.open() === 0);
    expect(srv.open()).toBe(0);
  });

  it('opens a new connection when the server closed a prewarmed one before it was used', async () => {
    const { srv, pool } = await poolOnServer();
    await pool.prewarm(1);
    await until(() => srv.open() === 1);
    srv.closeIdle();
    await until(() => srv.open() === 0);
    const client = pool.acquire();
    expect(await post(srv.url, client)).toBe('ok');
    expect(srv.accepted()).toBe(2);
    await pool.close();
  });

  it('leaves out a connection it cannot open (nothing listens)', async () => {
    const srv = await countingServer();
    const url = srv.url;
    await srv.close();
    const pool = new ConnectionPool(url);
    await pool.prewarm(3);
    await pool.close();
  });
});
