/**
 * How many client threads a load gets. `auto` keeps today's single thread (no workers) unless the load
 * can hold more streams at once than one thread carries within the accuracy target, and then adds one
 * thread per STREAMS_PER_THREAD streams, up to the cores but one (the main thread keeps the schedule and
 * writes the records). docs/metrics.md, "Client threads", gives the capacity model behind the figure.
 */
import { availableParallelism } from 'node:os';
import { stepsOf, type LoadShape, type SingleShape } from '../load-shape.js';

export type ClientThreadsSetting = 'auto' | number;

/**
 * Streams one thread keeps within 5 ms p99 TTFT error at 100 tokens/s each (32 measured on a shared core,
 * docs/metrics.md "Figures: side by side"; 64 streams × 100 tokens/s = 6,400 events/s, well under the
 * 38,000–67,000 events per CPU-second one thread parses when each event is its own read).
 */
export const STREAMS_PER_THREAD = 64;

/** The most requests the shape can have in flight at once over `prompts` prompts. */
export function peakStreams(shape: LoadShape, prompts: number): number {
  const widthOf = (s: SingleShape): number => {
    if (s.kind === 'concurrency') return Math.min(s.concurrency, prompts);
    if (s.kind === 'rate') return Math.min(s.max_concurrency ?? prompts, prompts);
    return prompts;
  };
  return Math.max(...stepsOf(shape).map(widthOf));
}

export function resolveClientThreads(setting: ClientThreadsSetting, shape: LoadShape, prompts: number, cores: number = availableParallelism()): number {
  if (setting !== 'auto') return setting;
  const wanted = Math.ceil(peakStreams(shape, prompts) / STREAMS_PER_THREAD);
  return Math.max(1, Math.min(wanted, cores - 1));
}
