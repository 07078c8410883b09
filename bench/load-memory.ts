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
  let atPeak = process.memoryUsage();
  const sample = (): void => {
    const m = process.memoryUsage();
    if (m.rss >= peak) {
      peak = m.rss;
      atPeak = m;
    }
  };
  const sampler = setInterval(sample, 100);
  const writer = new RequestsJsonlWriter(path.join(dir, 'requests.jsonl'));
  const t0 = performance.now();
  const outcome = await runLoad({
    endpoint: server.url, api: 'chat', model: 'm', prompts, request: { max_tokens: 64, temperature: 0, timeout_ms: 60_000 },
    shape: { kind: 'concurrency', concurrency: 256 }, warmup_requests: 0, onRecord: writer.append,
  });
  writer.close();
  const loadS = (performance.now() - t0) / 1000;
  sample();
  const summary = summarizeLatency(outcome.records);
  sample();
  clearInterval(sampler);
  process.stdout.write(`${JSON.stringify({
    memory: {
      requests: outcome.records.length, completed: summary.completed_requests, output_tokens: summary.total_output_tokens, load_s: loadS,
      rss_before_mb: baseline / 2 ** 20, peak_rss_mb: peak / 2 ** 20, heap_used_at_peak_mb: atPeak.heapUsed / 2 ** 20,
      heap_total_at_peak_mb: atPeak.heapTotal / 2 ** 20, external_at_peak_mb: atPeak.external / 2 ** 20, requests_jsonl_mb: fs.statSync(writer.file).size / 2 ** 20,
    },
  })}\n`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  await server.stop();
}
