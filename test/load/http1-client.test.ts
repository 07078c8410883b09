/**
 * The load generator's own HTTP/1.1 client against a raw socket server that writes exactly the bytes a
 * test gives it: every way HTTP/1.1 frames a response body, keep-alive and its refusal, and responses
 * that break the protocol.
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runLoad } from '../../src/load/index.js';

const EVENT = (text: string): string => `data: {"choices":[{"index":0,"delta":{"content":"${text}"},"finish_reason":null}]}\n\n`;
const STREAM = `${EVENT('a')}${EVENT('b')}data: [DONE]\n\n`;
const chunk = (s: string): string => `${Buffer.byteLength(s).toString(16)}\r\n${s}\r\n`;

interface RawServer {
  url: string;
  /** Connections accepted so far. */
  connections: () => number;
  close: () => Promise<void>;
}

const open: RawServer[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

/** Answers each request (once its head and body are in) with `respond(n)`, written in `pieces` writes. */
async function rawServer(respond: (n: number) => { bytes: string; close?: boolean; pieces?: number }): Promise<RawServer> {
  let accepted = 0;
  let served = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buf = '';
    socket.on('data', (d: Buffer) => {
      buf += d.toString('latin1');
      const headEnd = buf.indexOf('\r\n\r\n');
      if (headEnd < 0) return;
      const length = Number(/content-length: (\d+)/i.exec(buf.slice(0, headEnd))?.[1] ?? 0);
      if (buf.length < headEnd + 4 + length) return;
      buf = buf.slice(headEnd + 4 + length);
      const answer = respond(served++);
      const pieces = answer.pieces ?? 1;
      const step = Math.ceil(answer.bytes.length / pieces);
      for (let i = 0; i < answer.bytes.length; i += step) socket.write(answer.bytes.slice(i, i + step));
      if (answer.close) socket.end();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  const s: RawServer = {
    url: `http://127.0.0.1:${port}`, connections: () => accepted,
    close: () => new Promise((r) => {
      sockets.forEach((x) => x.destroy());
      server.close(() => r());
    }),
  };
  open.push(s);
  return s;
}

async function load(url: string, requests: number) {
  return runLoad({
    endpoint: url, api: 'chat', model: 'm', prompts: Array.from({ length: requests }, (_, i) => ({ id: `p${i}`, prompt: 'x' })),
    request: { max_tokens: 8, temperature: 0, timeout_ms: 10_000 }, shape: { kind: 'concurrency', concurrency: 1 }, warmup_requests: 0,
  });
}

describe('the load generator\'s HTTP/1.1 client', () => {
  it('reads a chunked stream written a byte at a time, and keeps the connection', async () => {
    const body = `${chunk(EVENT('a'))}${chunk(EVENT('b'))}${chunk('data: [DONE]\n\n')}0\r\n\r\n`;
    const srv = await rawServer(() => ({ bytes: `HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n${body}`, pieces: 400 }));
    const outcome = await load(srv.url, 3);
    expect(outcome.records.map((r) => [r.error, r.text, r.text_event_ms.length])).toEqual(Array(3).fill([null, 'ab', 2]));
    expect(srv.connections()).toBe(1);
  });

  it('reads a body framed by content-length, and one framed by the connection\'s close', async () => {
    const byLength = await rawServer(() => ({ bytes: `HTTP/1.1 200 OK\r\ncontent-length: ${STREAM.length}\r\n\r\n${STREAM}`, pieces: 3 }));
    const byClose = await rawServer(() => ({ bytes: `HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\r\n${STREAM}`, close: true }));
    for (const srv of [byLength, byClose]) {
      const outcome = await load(srv.url, 2);
      expect(outcome.records.map((r) => [r.error, r.text])).toEqual([[null, 'ab'], [null, 'ab']]);
    }
    expect(byLength.connections()).toBe(1);
    // A body that ends with the connection leaves nothing to reuse.
    expect(byClose.connections()).toBe(2);
  });

  it('opens a new connection after a response that says connection: close', async () => {
    const srv = await rawServer(() => ({ bytes: `HTTP/1.1 200 OK\r\nconnection: close\r\ncontent-length: ${STREAM.length}\r\n\r\n${STREAM}` }));
    const outcome = await load(srv.url, 2);
    expect(outcome.records.every((r) => r.error === null)).toBe(true);
    expect(srv.connections()).toBe(2);
  });

  it('skips a 100 Continue and reads the final response', async () => {
    const srv = await rawServer(() => ({ bytes: `HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\ncontent-length: ${STREAM.length}\r\n\r\n${STREAM}` }));
    const outcome = await load(srv.url, 1);
    expect(outcome.records[0]!.text).toBe('ab');
  });

  it('does not follow a redirect: a 3xx is an http_status failure with its body', async () => {
    const srv = await rawServer(() => ({ bytes: 'HTTP/1.1 307 Temporary Redirect\r\nlocation: http://127.0.0.1:9/x\r\ncontent-length: 5\r\n\r\nmoved' }));
    const outcome = await load(srv.url, 1);
    expect(outcome.records[0]!.error).toEqual({ kind: 'http_status', status: 307, message: 'HTTP 307: moved' });
  });

  it('fails a response that is not HTTP with a sentence naming what was wrong, and does not reuse the connection', async () => {
    const srv = await rawServer((n) => ({ bytes: n === 0 ? 'SSH-2.0-OpenSSH_9.2\r\n\r\n' : `HTTP/1.1 200 OK\r\ncontent-length: ${STREAM.length}\r\n\r\n${STREAM}` }));
    const outcome = await load(srv.url, 2);
    expect(outcome.records[0]!.error).toEqual({ kind: 'other', message: 'the response does not start with an HTTP/1.x status line: "SSH-2.0-OpenSSH_9.2"' });
    expect(outcome.records[1]!.error).toBeNull();
    expect(srv.connections()).toBe(2);
  });

  it('a chunked stream cut short by the server is connection_reset and keeps the events before the cut', async () => {
    const srv = await rawServer(() => ({ bytes: `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n${chunk(EVENT('a'))}`, close: true }));
    const outcome = await load(srv.url, 1);
    const r = outcome.records[0]!;
    expect(r.error).toEqual({ kind: 'connection_reset', message: 'the server closed the connection before the response ended' });
    expect(r.text_event_ms).toHaveLength(1);
  });
});
