/**
 * The Node floor of the CPU part (load-cpu.ts): the C reader (sse-reader.c) written in Node. `streams`
 * keep-alive connections, each reading into one shared buffer through net's `onread` (as infergate's
 * connection pool does: no Buffer per read, no Readable stream), sending its next request once the
 * previous response's last chunk ("0\r\n\r\n") is read, and counting text events (`"content":"` then a
 * non-quote byte) — no HTTP, SSE or JSON parsing, no timestamps. Whatever it spends per event is Node's
 * (libuv's wake-up, the read callback, the kernel's read), not a client's own work.
 */
import net from 'node:net';

const CONTENT = Buffer.from('"content":"');
const END = Buffer.from('0\r\n\r\n');
const QUOTE = 0x22;
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

/**
 * Text events in `bytes`. The C server writes each event, and each response's last chunk, with one
 * write(), so on loopback a read holds whole events: no pattern is split across reads (the CPU part
 * checks the count against requests × tokens).
 */
export function countEvents(bytes: Buffer): number {
  let n = 0;
  for (let at = bytes.indexOf(CONTENT); at >= 0; at = bytes.indexOf(CONTENT, at + CONTENT.length)) {
    if (bytes[at + CONTENT.length] !== QUOTE) n++;
  }
  return n;
}

/** Whether `bytes` ends with a chunked body's last chunk. */
export function endsResponse(bytes: Buffer): boolean {
  return bytes.length >= END.length && bytes.compare(END, 0, END.length, bytes.length - END.length) === 0;
}

/** Runs `ids` over `streams` keep-alive connections; resolves with the text events read. */
export function readKeepAlive(url: string, ids: string[], streams: number, maxTokens: number): Promise<number> {
  const { hostname, port } = new URL(url);
  let next = 0;
  let events = 0;
  let running = 0;
  return new Promise((resolve, reject) => {
    const send = (socket: net.Socket): boolean => {
      if (next >= ids.length) return false;
      const body = JSON.stringify({ model: 'scripted-model', stream: true, max_tokens: maxTokens, messages: [{ role: 'user', content: `floor [[id=${ids[next++]}]]` }] });
      socket.write(`POST /v1/chat/completions HTTP/1.1\r\nhost: ${hostname}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      return true;
    };
    for (let i = 0; i < Math.min(streams, ids.length); i++) {
      const onread = {
        buffer: READ_BUFFER,
        callback: (n: number, buffer: Uint8Array): boolean => {
          const bytes = (buffer as Buffer).subarray(0, n);
          events += countEvents(bytes);
          if (endsResponse(bytes)) {
            if (!send(socket)) {
              socket.destroy();
              if (--running === 0) resolve(events);
            }
          }
          return true;
        },
      };
      const socket = net.connect({ host: hostname, port: Number(port), onread }, () => {
        socket.setNoDelay(true);
        send(socket);
      });
      running += 1;
      socket.on('error', reject);
    }
  });
}
