/**
 * Memory: resident set size of the client process while it runs and records 100,000 requests of 64
 * tokens each at 256 concurrent streams, the way the pipeline does it: each record is appended to
 * requests.jsonl as it completes (nothing kept in memory), then the records are read back from the file
 * and summarized. Sampled every 50 ms; the peak of each phase and of the whole process are the figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runLoad } from '../src/load/index.js';
import { readRequestsJsonl } from '../src/run-folder/requests-jsonl-reader.js';
import { RequestsJsonlWriter } from '../src/run-folder/requests-jsonl-writer.js';
import { summarizeLatency } from '../src/metrics/latency/index.js';
import { startServerProcess } from './load-server-process.js';

const REQUESTS = Number(process.argv[2] ?? 100_000);
const CONCURRENCY = 256;
const server = await startServerProcess(['--shape', 'vllm', '--ttft', '0', '--itl', '0', '--tokens', '64', '--no-record']);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'infergate-bench-'));

interface Peak {
  rss: number;
  at: NodeJS.MemoryUsage;
}
const newPeak = (): Peak => ({ rss: 0, at: process.memoryUsage() });
const mb = (bytes: number): number => bytes / 2 ** 20;
const describe = (p: Peak): Record<string, number> => ({
  peak_rss_mb: mb(p.rss), heap_used_at_peak_mb: mb(p.at.heapUsed), heap_total_at_peak_mb: mb(p.at.heapTotal), external_at_peak_mb: mb(p.at.external),
});

try {
  const prompts = Array.from({ length: REQUESTS }, (_, i) => ({ id: `row-${i}`, prompt: `memory prompt number ${i}` }));
  const before = process.memoryUsage().rss;
  let phase = newPeak();
  const phases: Peak[] = [phase];
  const sample = (): void => {
    const m = process.memoryUsage();
    if (m.rss >= phase.rss) {
      phase.rss = m.rss;
      phase.at = m;
    }
  };
  const sampler = setInterval(sample, 50);
  const writer = new RequestsJsonlWriter(path.join(dir, 'requests.jsonl'));
  const t0 = performance.now();
  const outcome = await runLoad({
    endpoint: server.url, api: 'chat', model: 'm', prompts, request: { max_tokens: 64, temperature: 0, timeout_ms: 60_000 },
    shape: { kind: 'concurrency', concurrency: CONCURRENCY }, warmup_requests: 0, keep_records: false, onRecord: writer.append,
  });
  writer.close();
  const loadS = (performance.now() - t0) / 1000;
  sample();
  phase = newPeak();
  phases.push(phase);
  const { records } = readRequestsJsonl(writer.file);
  sample();
  const summary = summarizeLatency(records);
  sample();
  clearInterval(sampler);
  const [load, summarize] = phases as [Peak, Peak];
  process.stdout.write(`${JSON.stringify({
    memory: {
      requests: records.length, concurrency: CONCURRENCY, completed: summary.completed_requests, output_tokens: summary.total_output_tokens,
      kept_in_outcome: outcome.records.length, load_s: loadS, rss_before_mb: mb(before), requests_jsonl_mb: mb(fs.statSync(writer.file).size),
      peak_rss_mb: mb(Math.max(load.rss, summarize.rss)), load: describe(load), read_back_and_summary: describe(summarize),
    },
  })}\n`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  await server.stop();
}
