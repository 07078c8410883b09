import fs from 'node:fs';
import { readRequestsJsonl, RequestsJsonlWriter } from '../src/records/index.js';
import { summarizeLatency } from '../src/metrics/latency/index.js';
const file = '/tmp/rb-requests.jsonl';
if (process.argv[2] === 'gen') {
  const W = [' the', ' model', ' writes', ' a', ' short', ' summary', ' of', ' news', ' about', ' weather', ' and', ' sport'];
  const w = new RequestsJsonlWriter(file);
  for (let i = 0; i < 100000; i++) {
    const ev: number[] = []; let t = 1 + Math.random();
    for (let k = 0; k < 64; k++) { ev.push(Math.round(t * 1000) / 1000); t += 0.2 + Math.random(); }
    w.append({ id: `row-${i}`, index: i, warmup: false, step: 0, trial: 0, send_ms: Math.round(i * 0.8 * 1000) / 1000, ttft_ms: ev[0]!, first_choice_ms: ev[0]!, e2el_ms: ev[63]!, close_ms: ev[63]! + 0.1,
      text_event_ms: ev, prompt_tokens: 20, output_tokens: 64, output_tokens_estimated: false, finish_reason: 'length', text: Array.from({ length: 64 }, (_, k) => W[k % 12]).join(''), retries: 0, error: null });
  }
  w.close();
  process.exit(0);
}
let peak = 0;
const s = () => { peak = Math.max(peak, process.memoryUsage().rss); };
const iv = setInterval(s, 20);
const m0 = process.memoryUsage().rss;
const { records } = readRequestsJsonl(file); s();
const m1 = process.memoryUsage();
const sum = summarizeLatency(records); s();
clearInterval(iv);
console.log('rss start', (m0 / 2 ** 20).toFixed(0), 'after read', (m1.rss / 2 ** 20).toFixed(0), 'heapUsed', (m1.heapUsed / 2 ** 20).toFixed(0), 'peak', (peak / 2 ** 20).toFixed(0), sum.completed_requests, fs.statSync(file).size / 2 ** 20);
