/**
 * A Node client of the CPU part (load-cpu.ts), run in a process of its own: `infergate` (runLoad with the
 * product's default warm-up, records streamed to onRecord, as the CLI runs it) or `bare` (the Node floor,
 * bare-keepalive-reader.ts, warmed with as many requests). Reads one JSON spec from argv[2]:
 * {client, url, ids, concurrency, max_tokens}. Between warm-up and measured requests, and after them, it
 * writes "mark\n" and blocks until the bench answers on stdin, so the bench's /proc samples bound exactly
 * the measured requests; then prints {"text_events"} (the measured requests' text events).
 */
import fs from 'node:fs';
import { DEFAULT_SETTINGS } from '../src/config/settings-schema.js';
import { runLoad, type RequestRecord } from '../src/load/index.js';
import { readKeepAlive } from './bare-keepalive-reader.js';

interface Spec {
  client: 'infergate' | 'bare';
  url: string;
  ids: string[];
  concurrency: number;
  max_tokens: number;
  prerun: number;
}

/** Blocks this thread (its event loop included) until the bench has sampled /proc and answers. */
function mark(): void {
  fs.writeSync(1, 'mark\n');
  const one = Buffer.alloc(1);
  for (;;) {
    try {
      if (fs.readSync(0, one, 0, 1, null) === 1) return;
      throw new Error('the bench closed stdin');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
    }
  }
}

async function infergate(spec: Spec): Promise<number> {
  if (spec.prerun > 0) await load(spec, Array.from({ length: spec.prerun }, (_, i) => `pr${i}`), () => {});
  const warmup = DEFAULT_SETTINGS.load.warmup_requests;
  let warmSeen = 0;
  let events = 0;
  if (warmup === 0) mark();
  await load(spec, spec.ids, (r) => {
    if (!r.warmup) events += r.text_event_ms.length;
    else if (++warmSeen === warmup) mark();
  });
  return events;
}

/** runLoad over `ids` as the CLI runs it (default warm-up, records streamed to `onRecord`). */
async function load(spec: Spec, ids: string[], onRecord: (r: RequestRecord) => void): Promise<void> {
  await runLoad({
    endpoint: spec.url, api: 'chat', model: 'scripted-model',
    prompts: ids.map((id) => ({ id, prompt: `infergate prompt [[id=${id}]]` })),
    request: { max_tokens: spec.max_tokens, temperature: 0, timeout_ms: 120_000 },
    shape: { kind: 'concurrency', concurrency: spec.concurrency }, warmup_requests: DEFAULT_SETTINGS.load.warmup_requests, keep_records: false,
    onRecord,
  });
}

async function bare(spec: Spec): Promise<number> {
  const warm = Math.max(DEFAULT_SETTINGS.load.warmup_requests, spec.concurrency) + spec.prerun;
  await readKeepAlive(spec.url, Array.from({ length: warm }, (_, i) => `bw${i}`), spec.concurrency, spec.max_tokens);
  mark();
  return readKeepAlive(spec.url, spec.ids, spec.concurrency, spec.max_tokens);
}

const spec = JSON.parse(process.argv[2]!) as Spec;
const textEvents = spec.client === 'infergate' ? await infergate(spec) : await bare(spec);
mark();
process.stdout.write(`${JSON.stringify({ text_events: textEvents })}\n`);
