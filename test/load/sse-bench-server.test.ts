/**
 * The C bench server of `npm run bench:load` (bench/sse-server.c) writes exactly the bytes of the scripted
 * server's vLLM dialect and logs what the benches read. Skips with a message where no C compiler is present.
 */
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBenchServer, type BenchServer } from '../../bench/load-bench-server.js';
import { Http1ResponseParser } from '../../src/load/http1-response-parser.js';
import { buildFrames } from '../support/stream-shapes.js';

const HAS_CC = !spawnSync(process.env.CC ?? 'cc', ['--version']).error;
if (!HAS_CC) console.warn('sse-bench-server.test.ts: skipped, no C compiler (cc) to build bench/sse-server.c');

/** POSTs `body` to `path` on a kept-alive socket; resolves with the status and the de-chunked body. */
function post(socket: net.Socket, path: string, body: unknown): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let status = 0;
    const parser = new Http1ResponseParser({
      head: (h) => (status = h.status),
      body: (b) => parts.push(Buffer.from(b)),
      end: () => {
        socket.removeListener('data', onData);
        resolve({ status, body: Buffer.concat(parts).toString('utf8') });
      },
    });
    const onData = (chunk: Buffer): void => void parser.push(chunk);
    socket.on('data', onData);
    socket.once('error', reject);
    const text = JSON.stringify(body);
    socket.write(`POST ${path} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  });
}

/** The scripted server's bytes; its prompt tokens are the prompt's whitespace-separated words, the directive included. */
const frames = (api: 'chat' | 'completions', seq: number, promptWords: number, content: string[], finish: string, usage: boolean): string =>
  buildFrames({ shape: 'vllm', api, model: 'scripted-model', reasoning: [], content, prompt_tokens: promptWords, finish_reason: finish, include_usage: usage, created: 1_700_000_000, request_seq: seq })
    .map((f) => f.bytes)
    .join('');

describe.skipIf(!HAS_CC)('the C bench server (bench/sse-server.c)', () => {
  let server: BenchServer;
  let socket: net.Socket;
  beforeAll(async () => {
    server = await startBenchServer({ ttft_ms: 2, itl_ms: 1, tokens: 3, schedule: 'steps' });
    const { port } = new URL(server.url);
    socket = net.connect(Number(port), '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
  });
  afterAll(async () => {
    socket?.destroy();
    await server?.stop();
  });

  it("streams the scripted server's vLLM bytes for chat and completions on one kept-alive connection, and logs each request", async () => {
    const chat = await post(socket, '/v1/chat/completions', { model: 'm', messages: [{ role: 'user', content: 'one two three [[id=c1]]' }], max_tokens: 3, stream: true, stream_options: { include_usage: true } });
    expect(chat).toEqual({ status: 200, body: frames('chat', 0, 4, [' the', ' model', ' writes'], 'length', true) });
    const completion = await post(socket, '/v1/completions', { model: 'm', prompt: 'a b [[id=c2]]', max_tokens: 8, stream: true });
    expect(completion).toEqual({ status: 200, body: frames('completions', 1, 3, [' the', ' model', ' writes'], 'stop', false) });
    expect((await post(socket, '/health', {})).status).toBe(404);

    const logs = await server.logs();
    expect([...logs.keys()]).toEqual(['c1', 'c2']);
    for (const log of logs.values()) {
      expect(log.text_ms).toHaveLength(3);
      // Arrival, then the writes in order, on the one monotonic clock.
      expect(log.text_ms[0]).toBeGreaterThan(log.arrived_ms);
      expect(log.text_ms[1]).toBeGreaterThan(log.text_ms[0]!);
      expect(log.text_ms[2]).toBeGreaterThan(log.text_ms[1]!);
    }
    // The second request arrived after the first one's last write: the clock is shared and monotonic.
    expect(logs.get('c2')!.arrived_ms).toBeGreaterThan(logs.get('c1')!.text_ms[2]!);
  });
});
