import { seededUniform as seededRandom } from '../../src/util/seeded-random.js';
import { summarize } from '../../src/metrics/latency/distribution.js';
import type { Headline, ResultsDocument } from '../../src/run-folder/results-document.js';

/** A valid results document with the given headline; everything else plausible and fixed. */
export function makeResults(headline: Headline, extra: Partial<ResultsDocument> = {}): ResultsDocument {
  return {
    schema: 'infergate/results',
    schema_version: 1,
    infergate_version: '0.1.0',
    run_id: extra.run_id ?? 'run-1',
    status: 'completed',
    failure: null,
    started_at: '2026-11-26T10:00:00Z',
    finished_at: '2026-11-26T10:05:00Z',
    config: {},
    environment: {
      accelerator: 'NVIDIA H100 80GB HBM3',
      accelerator_count: 1,
      driver: '550.54.15',
      engine: 'vllm',
      engine_version: '0.6.3',
      model: 'Qwen/Qwen2.5-0.5B-Instruct',
      dataset_rows: 100,
      load_shape: 'concurrency=8',
      infergate_version: '0.1.0',
    },
    dataset: null,
    definitions: {},
    metrics: {},
    headline,
    files: {},
    ...extra,
  };
}

/** A history of runs whose `metric` takes the given values, every other metric fixed. */
export function makeHistory(metric: string, values: number[], fixed: Headline = {}): ResultsDocument[] {
  return values.map((v, i) => makeResults({ ...fixed, [metric]: v }, { run_id: `base-${i}` }));
}

export interface SampledRunOptions {
  run_id: string;
  /** Requests in the run (default 50). */
  n?: number;
  /** Multiplies every TTFT (1.2: a 20% TTFT regression). */
  ttftScale?: number;
  /** Multiplies every latency (a slow run). */
  slowdown?: number;
  /** This many consecutive requests from the middle stall by `stallMs` before their first token. */
  stalled?: number;
  stallMs?: number;
  /** Per-request lognormal jitter (σ of ln), default 0.1. */
  jitter?: number;
}

/**
 * A run with per-request samples from a seeded noise model (lognormal jitter per request, optional stall
 * and slowdown), and the headline the pipeline would compute from them: percentiles by the same
 * definition, throughput of a closed loop at concurrency 8.
 */
export function makeSampledRun(seed: number, o: SampledRunOptions): ResultsDocument {
  const n = o.n ?? 50;
  const random = seededRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
  const jitter = o.jitter ?? 0.1;
  const slow = o.slowdown ?? 1;
  const ttft: number[] = [];
  const tpot: number[] = [];
  const e2el: number[] = [];
  const stallFrom = Math.floor(n / 2);
  for (let i = 0; i < n; i++) {
    const stall = o.stalled && i >= stallFrom && i < stallFrom + o.stalled ? (o.stallMs ?? 300) : 0;
    const t = 25 * slow * (o.ttftScale ?? 1) * Math.exp(jitter * gauss()) + stall;
    const p = 2 * slow * Math.exp(jitter * gauss());
    ttft.push(t);
    tpot.push(p);
    e2el.push(t + 63 * p);
  }
  const headline: Headline = {};
  for (const [name, values] of [['ttft_ms', ttft], ['tpot_ms', tpot], ['e2el_ms', e2el]] as const) {
    const d = summarize(values, [50, 90, 99]);
    headline[`${name}_mean`] = d.mean;
    for (const [k, v] of Object.entries(d.percentiles)) headline[`${name}_${k}`] = v;
  }
  const duration = e2el.reduce((s, v) => s + v, 0) / 8 / 1000;
  headline.throughput_rps = n / duration;
  headline.output_tps = (n * 64) / duration;
  headline.failed_requests = 0;
  return makeResults(headline, { run_id: o.run_id, request_samples: { ttft_ms: ttft, tpot_ms: tpot, e2el_ms: e2el } });
}

/** The same run as an old results.json (no per-request samples): what the classic verdict sees. */
export function withoutSamples(doc: ResultsDocument): ResultsDocument {
  const { request_samples: _dropped, ...rest } = doc;
  return rest;
}
