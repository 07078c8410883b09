/**
 * The floor of the accuracy benchmark: the same scripted load read by the plainest client Node allows, a
 * raw `net` socket per request that stamps each chunk the moment its 'data' callback runs and does
 * nothing else (no HTTP parser, no SSE parser, no JSON). Whatever lag it shows comes from the machine —
 * the kernel's loopback delivery, waking the process, the other streams' callbacks — not from a client's
 * own work, so infergate's error is read against it.
 */
import net from 'node:net';

/** Non-empty delta content in a vLLM-shaped chat chunk: one per text event the scripted server writes. */
const TEXT_FIELD = /"content":"[^"]/g;

/** Sends one request per id; returns id → performance.now() stamp of each text event, in order. */
export async function readBare(url: string, ids: string[], concurrency: number, maxTokens: number): Promise<Map<string, number[]>> {
  const { hostname, port } = new URL(url);
  const stamps = new Map<string, number[]>();
  let next = 0;
  const one = (id: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ model: 'scripted-model', stream: true, max_tokens: maxTokens, messages: [{ role: 'user', content: `floor [[id=${id}]]` }] });
      const mine: number[] = [];
      stamps.set(id, mine);
      const socket = net.connect(Number(port), hostname, () => {
        socket.setNoDelay(true);
        socket.write(`POST /v1/chat/completions HTTP/1.1\r\nhost: ${hostname}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
      });
      socket.on('data', (chunk: Buffer) => {
        const at = performance.now();
        const n = chunk.toString('latin1').match(TEXT_FIELD)?.length ?? 0;
        for (let k = 0; k < n; k++) mine.push(at);
      });
      socket.on('error', reject);
      socket.on('close', () => resolve());
    });
  const worker = async (): Promise<void> => {
    while (next < ids.length) await one(ids[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
  return stamps;
}
