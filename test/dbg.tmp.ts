import { startScriptedServer } from './support/scripted-server.js';
import { runLoad } from '../src/load/index.js';
const s = await startScriptedServer({ shape: 'vllm' });
for (let round = 0; round < 3; round++) {
s.clear();
const prompts = Array.from({ length: 24 }, (_, i) => ({ id: `r${round}-${i}`, prompt: `x [[id=r${round}-${i} tokens=${3 + (i % 5)} ttft=20 itl=4]]` }));
const o = await runLoad({ endpoint: s.url, api: 'completions', model: 'm', prompts, request: { max_tokens: 16, temperature: 0, timeout_ms: 5000 }, shape: { kind: 'offline' }, warmup_requests: 0 });
const e0 = performance.timeOrigin + o.started_ms;
const lags: number[] = [];
for (const r of o.records) { const em = s.emissionById(r.id)!; r.text_event_ms.forEach((t, k) => lags.push(e0 + r.send_ms + t - em.text_epoch_ms[k]!)); }
lags.sort((a, b) => a - b);
console.log(round, 'lag ms min/p50/p99/max', lags[0]!.toFixed(3), lags[lags.length >> 1]!.toFixed(3), lags[Math.floor(lags.length * 0.99)]!.toFixed(3), lags.at(-1)!.toFixed(3));
}
await s.close();
