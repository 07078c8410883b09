import type { RequestRecord } from '../../run-folder/request-record.js';
import type { ResultsDocument } from '../../run-folder/results-document.js';
import { concurrencySteps, endMs, isCompleted, itlsOf, measured, tpotOf } from '../request-series.js';
import { maxOf, mean, minOf, quantileSorted, std } from '../stats.js';

/**
 * The JSON `vllm bench serve --save-result` writes, rebuilt from requests.jsonl so dashboards that read
 * vLLM's files read ours. Field names, units (seconds for duration/ttfts/itls, ms for the statistics)
 * and conventions (failed requests kept in the lists with ttft 0 and output length 0; statistics of
 * an empty list are 0; std is the population std; percentiles interpolate linearly) follow vLLM's.
 */
export type VllmBenchResult = Record<string, unknown> & {
  date: string;
  backend: string;
  model_id: string;
  tokenizer_id: string;
  num_prompts: number;
  request_rate: number | 'inf';
  burstiness: number;
  max_concurrency: number | null;
  duration: number;
  completed: number;
  failed: number;
  total_input_tokens: number;
  total_output_tokens: number;
  request_throughput: number;
  request_goodput: number | null;
  output_throughput: number;
  total_token_throughput: number;
  input_lens: number[];
  output_lens: number[];
  ttfts: number[];
  itls: number[][];
  start_times: number[];
  generated_texts: string[];
  errors: string[];
  max_output_tokens_per_s: number;
  max_concurrent_requests: number;
};

export interface VllmExportOptions {
  /** Percentiles written as p{P}_{metric}_ms (vLLM's --metric-percentiles, default 99). */
  percentiles?: number[];
  /** The concurrency limit of this set of requests (a sweep step's), instead of the config's. */
  maxConcurrency?: number | null;
  /** The request rate of this set of requests, instead of the config's. */
  requestRate?: number | null;
}

/** vLLM formats the run date as %Y%m%d-%H%M%S. */
function vllmDate(iso: string | undefined): string {
  const d = iso ? new Date(iso) : new Date(0);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

const pctName = (p: number): string => (Number.isInteger(p) ? String(p) : String(p));

function loadSetting(config: Record<string, unknown>, key: string): unknown {
  const load = config.load;
  return load && typeof load === 'object' ? (load as Record<string, unknown>)[key] : undefined;
}

export function toVllmBenchResult(results: ResultsDocument, records: readonly RequestRecord[], options: VllmExportOptions = {}): VllmBenchResult {
  const rs = measured(records).sort((a, b) => a.send_ms - b.send_ms);
  const ok = rs.filter(isCompleted);
  const start = minOf(rs.map((r) => r.send_ms), 0);
  const end = maxOf(rs.map(endMs), 0);
  const duration = (end - start) / 1000;
  const outputLen = (r: RequestRecord): number => (isCompleted(r) ? (r.output_tokens ?? 0) : 0);
  const totalIn = ok.reduce((s, r) => s + (r.prompt_tokens ?? 0), 0);
  const totalOut = ok.reduce((s, r) => s + outputLen(r), 0);
  const per = (x: number): number => (duration > 0 ? x / duration : 0);

  // Peak tokens/s over 1 s buckets of text events, as vLLM buckets its own token arrivals.
  const buckets = new Map<number, number>();
  for (const r of ok) {
    const perEvent = r.text_event_ms.length > 0 ? outputLen(r) / r.text_event_ms.length : 0;
    for (const t of r.text_event_ms) {
      const b = Math.floor((r.send_ms + t - start) / 1000);
      buckets.set(b, (buckets.get(b) ?? 0) + perEvent);
    }
  }
  const peakConcurrency = maxOf(concurrencySteps(rs).map(([, n]) => n), 0);

  // The config's load (src/config/settings-schema.ts): shape "rate" is open loop at `rate` (capped by
  // max_concurrency); "concurrency" is a closed loop of `concurrency` streams (vLLM: rate inf). A sweep's
  // whole-run result has no single setting; toVllmBenchResultsPerStep passes each step's.
  const config = results.config ?? {};
  const shape = loadSetting(config, 'shape');
  const sweep = Array.isArray(loadSetting(config, 'sweep'));
  const rate = shape === 'rate' && !sweep ? numberSetting(config, 'rate') : null;
  const concurrency = shape === 'concurrency' && !sweep ? numberSetting(config, 'concurrency') : shape === 'rate' ? numberSetting(config, 'max_concurrency') : null;
  const out: VllmBenchResult = {
    date: vllmDate(results.started_at),
    backend: 'openai-chat',
    model_id: results.environment?.model ?? '',
    tokenizer_id: results.environment?.model ?? '',
    num_prompts: rs.length,
    request_rate: typeof options.requestRate === 'number' ? options.requestRate : (rate ?? 'inf'),
    burstiness: 1.0,
    max_concurrency: options.maxConcurrency !== undefined ? options.maxConcurrency : concurrency,
    duration,
    completed: ok.length,
    failed: rs.length - ok.length,
    total_input_tokens: totalIn,
    total_output_tokens: totalOut,
    request_throughput: per(ok.length),
    request_goodput: null,
    output_throughput: per(totalOut),
    total_token_throughput: per(totalIn + totalOut),
    input_lens: rs.map((r) => r.prompt_tokens ?? 0),
    output_lens: rs.map(outputLen),
    ttfts: rs.map((r) => (isCompleted(r) ? r.ttft_ms! / 1000 : 0)),
    itls: rs.map((r) => (isCompleted(r) ? itlsOf(r).map((g) => g / 1000) : [])),
    start_times: rs.map((r) => (r.send_ms - start) / 1000),
    generated_texts: rs.map((r) => (isCompleted(r) ? r.text : '')),
    errors: rs.map((r) => (r.error ? `${r.error.kind}: ${r.error.message}` : '')),
    max_output_tokens_per_s: maxOf(buckets.values(), 0),
    max_concurrent_requests: peakConcurrency,
  };
  const series: Record<string, number[]> = {
    ttft: ok.map((r) => r.ttft_ms!),
    tpot: ok.flatMap((r) => {
      const t = tpotOf(r);
      return t === null ? [] : [t];
    }),
    itl: ok.flatMap(itlsOf),
    e2el: ok.map((r) => r.e2el_ms!),
  };
  const orZero = (v: number): number => (Number.isFinite(v) ? v : 0);
  for (const [name, values] of Object.entries(series)) {
    // Sorted once, as doubles: the median and every percentile read the same 8 bytes a value.
    const sorted = Float64Array.from(values).sort();
    out[`mean_${name}_ms`] = orZero(mean(values));
    out[`median_${name}_ms`] = orZero(quantileSorted(sorted, 0.5));
    out[`std_${name}_ms`] = orZero(std(values));
    for (const p of options.percentiles ?? [99]) out[`p${pctName(p)}_${name}_ms`] = orZero(quantileSorted(sorted, p / 100));
  }
  return out;
}

/**
 * A sweep step's load setting: step i ran at `config.load.sweep[i]`, a concurrency when
 * `config.load.shape` is "concurrency", a request rate when it is "rate" (src/pipeline/stage-settings.ts).
 */
function stepLoad(config: Record<string, unknown>, index: number, key: 'concurrency' | 'rate'): number | null {
  const sweep = loadSetting(config, 'sweep');
  if (loadSetting(config, 'shape') !== key || !Array.isArray(sweep)) return null;
  const v: unknown = sweep[index];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * One vLLM result per sweep step (vLLM writes one file per concurrency or rate), from the requests
 * recorded with that step number. Empty when the run is not a sweep.
 */
export function toVllmBenchResultsPerStep(results: ResultsDocument, records: readonly RequestRecord[], options: VllmExportOptions = {}): Array<{ label: string; result: VllmBenchResult }> {
  const steps = results.steps ?? [];
  if (steps.length < 2) return [];
  const config = results.config ?? {};
  return steps.map((step, i) => {
    const concurrency = stepLoad(config, i, 'concurrency');
    const rate = stepLoad(config, i, 'rate');
    return {
      label: step.label,
      result: toVllmBenchResult(
        results,
        records.filter((r) => r.step === i),
        // A rate step runs open loop: its concurrency cap is the config's max_concurrency, if any.
        { ...options, maxConcurrency: concurrency ?? (rate !== null ? numberSetting(config, 'max_concurrency') : (options.maxConcurrency ?? null)), requestRate: rate ?? options.requestRate },
      ),
    };
  });
}

function numberSetting(config: Record<string, unknown>, key: string): number | null {
  const v = loadSetting(config, key);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
