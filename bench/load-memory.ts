/**
 * Memory: resident set size of the client process while it runs and records 100,000 requests of 64
 * tokens each (records kept in the outcome and appended to requests.jsonl), then summarizes them.
 * Sampled every 100 ms; the peak is the figure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runLoad } from '../src/load/index.js';
import { RequestsJsonlWriter } from '../src/records/index.js';
import { summarizeLatency } from '../src/metrics/latency/index.js';
import { startServerProcess } from './load-server-process.js';

const REQUESTS = Number(process.argv[2] ?? 100_000);
const server = await startServerProcess(['--shape', 'vllm', '--ttft', '0', '--itl', '0', '--tokens', '64', '--no-record']);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'infergate-bench-'));
try {
  const prompts = Array.from({ length: REQUESTS }, (_, i) => ({ id: `row-${i}`, prompt: `memory prompt number ${i}` }));
  let peak = process.memoryUsage().rss;
  const baseline = peak;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  const writer = new RequestsJsonlWriter(path.join(dir, 'requests.jsonl'));
  const t0 = performance.now();
  const outcome = await runLoad({
    endpoint: server.url, api: 'chat', model: 'm', prompts, request: { max_tokens: 64, temperature: 0, timeout_ms: 60_000 },
    shape: { kind: 'concurrency', concurrency: 256 }, warmup_requests: 0, onRecord: writer.append,
  });
  writer.close();
  const loadS = (performance.now() - t0) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  const summary = summarizeLatency(outcome.records);
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(sampler);
  process.stdout.write(`${JSON.stringify({
    memory: {
      requests: outcome.records.length, completed: summary.completed_requests, output_tokens: summary.total_output_tokens, load_s: loadS,
      rss_before_mb: baseline / 2 ** 20, peak_rss_mb: peak / 2 ** 20, requests_jsonl_mb: fs.statSync(writer.file).size / 2 ** 20,
    },
  })}\n`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  await server.stop();
}
