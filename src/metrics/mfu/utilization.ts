import { InputError } from '../../util/errors.js';
import { type AttentionConvention, flopsPerToken, requestFlops } from './flops.js';
import { kvBytesReadOverContexts } from './kv-cache.js';
import type { ModelSpec } from './model-spec.js';
import { countParameters, FLOPS_USE, type ParameterCount } from './parameter-count.js';
import type { PeakResolution } from './peak.js';

/** A metric is a number, or null with the reason it could not be computed. */
export type MetricValue = { value: number; reason: null } | { value: null; reason: string };

export interface UtilizationRequest {
  prompt_tokens: number;
  output_tokens: number;
  ttft_ms: number | null;
  e2el_ms: number | null;
}

export interface UtilizationInput {
  model: ModelSpec;
  /**
   * The completed requests of the run (failed ones excluded by the caller), read by position: an array,
   * or the run's, each built from its typed columns when it is read (run-mfu.ts).
   */
  requests: Pick<readonly UtilizationRequest[], 'length' | 'at'>;
  /** Wall-clock duration of the benchmark, seconds. */
  duration_s: number;
  accelerators: number;
  peak: PeakResolution;
  /** Bytes per weight as stored on the device (2 for bf16/fp16, 1 for fp8/int8, 0.5 for 4-bit). */
  weightBytesPerParam: number;
  /** Bytes per KV-cache element (2 for a bf16/fp16 cache, 1 for fp8). */
  kvBytesPerElement: number;
  attention?: AttentionConvention;
}

export interface UtilizationResult {
  mfu: MetricValue;
  prefill_mfu: MetricValue;
  decode_mfu: MetricValue;
  mbu: MetricValue;
  /** Σ request FLOPs / duration, all accelerators together, TFLOP/s. */
  achieved_tflops: MetricValue;
  total_flops: number;
  prefill_flops: number;
  decode_flops: number;
  attention_convention: AttentionConvention;
  peak: { tflops: number; bandwidth_gbps: number | null; precision: string; source: string; bandwidth_source: string | null; accelerator: string | null } | null;
  /** Requests behind each metric (prefill needs a TTFT; decode and MBU need ≥2 output tokens and an E2EL). */
  requests: { total: number; with_ttft: number; with_decode: number };
  /** What was counted: the model file, its parameter counts and which one the FLOPs use. */
  model: ModelSummary;
}

export interface ModelSummary {
  source: string;
  model_type: string | null;
  layers: number;
  parameters: { total: number; active: number; active_without_embedding: number; active_non_embedding: number; linear_active: number };
  flops_use: string;
  weight_bytes_per_param: number;
}

function summarize(model: ModelSpec, params: ParameterCount, weightBytesPerParam: number): ModelSummary {
  return {
    source: model.source,
    model_type: model.modelType,
    layers: model.layers.length,
    parameters: { total: params.total, active: params.active, active_without_embedding: params.activeWithoutEmbedding, active_non_embedding: params.activeNonEmbedding, linear_active: params.linearActive },
    flops_use: FLOPS_USE,
    weight_bytes_per_param: weightBytesPerParam,
  };
}

const ok = (value: number): MetricValue => ({ value, reason: null });
const none = (reason: string): MetricValue => ({ value: null, reason });

/**
 * MFU  = Σ request FLOPs / (duration × accelerators × peak FLOP/s).
 * Prefill MFU = Σ prefill FLOPs / (Σ TTFT × accelerators × peak); decode MFU likewise over Σ (E2EL − TTFT).
 * MBU  = Σ bytes read by decode steps / Σ decode time / (accelerators × peak bandwidth), where a
 * decode step reads the active weights once and the request's KV cache at its context length.
 * Definitions and caveats: docs/mfu.md.
 */
export function computeUtilization(input: UtilizationInput): UtilizationResult {
  const { model, requests, peak } = input;
  const convention = input.attention ?? 'causal';
  if (!Number.isFinite(input.duration_s) || input.duration_s < 0) throw new InputError(`MFU: duration_s must be a non-negative number, got ${input.duration_s}`);
  if (!Number.isInteger(input.accelerators) || input.accelerators < 1) throw new InputError(`MFU: accelerators must be a positive integer, got ${input.accelerators}`);
  if (!(input.weightBytesPerParam > 0)) throw new InputError(`MFU: weightBytesPerParam must be positive, got ${input.weightBytesPerParam}`);
  if (!(input.kvBytesPerElement > 0)) throw new InputError(`MFU: kvBytesPerElement must be positive, got ${input.kvBytesPerElement}`);

  const params = countParameters(model);
  // Weights one decode step streams: every active parameter except the input embedding tables, of
  // which a step gathers only one row per sequence (when tied, the token table is the head and is read).
  const weightBytesPerStep = (params.active - (model.tieWordEmbeddings ? 0 : params.embedding) - params.positionEmbedding) * input.weightBytesPerParam;

  const sums = sumRequests(model, requests, convention, weightBytesPerStep, input.kvBytesPerElement);
  const { total, prefillTotal, decodeTotal, prefillFlopsTimed, ttftSeconds, withTtft, decodeFlopsTimed, decodeSeconds, decodeBytes, withDecode } = sums;

  const counts = { total: requests.length, with_ttft: withTtft, with_decode: withDecode };
  const summary = summarize(model, params, input.weightBytesPerParam);
  const achieved = requests.length === 0 ? none('no completed request') : input.duration_s > 0 ? ok(total / input.duration_s / 1e12) : none('the run has zero duration');

  if (!peak.available) {
    const reason = `peak unavailable: ${peak.reason}`;
    return { mfu: none(reason), prefill_mfu: none(reason), decode_mfu: none(reason), mbu: none(reason), achieved_tflops: achieved, total_flops: total, prefill_flops: prefillTotal, decode_flops: decodeTotal, attention_convention: convention, peak: null, requests: counts, model: summary };
  }
  const peakFlops = peak.tflops * 1e12 * input.accelerators;
  const mfu = achieved.value === null ? none(achieved.reason) : ok(total / input.duration_s / peakFlops);
  const prefillMfu = withTtft === 0 ? none('no completed request has a TTFT') : ok(prefillFlopsTimed / ttftSeconds / peakFlops);
  const decodeMfu = withDecode === 0 ? none('no completed request generated 2 or more tokens with a TTFT and an E2EL') : ok(decodeFlopsTimed / decodeSeconds / peakFlops);
  let mbu: MetricValue;
  if (peak.bandwidth_gbps === null) mbu = none('peak memory bandwidth unknown: not in the catalog entry and no GPU_BANDWIDTH_GBPS in task.yaml');
  else if (withDecode === 0) mbu = none(decodeMfu.reason ?? 'no decode timing');
  else mbu = ok(decodeBytes / decodeSeconds / (peak.bandwidth_gbps * 1e9 * input.accelerators));

  return {
    mfu,
    prefill_mfu: prefillMfu,
    decode_mfu: decodeMfu,
    mbu,
    achieved_tflops: achieved,
    total_flops: total,
    prefill_flops: prefillTotal,
    decode_flops: decodeTotal,
    attention_convention: convention,
    peak: { tflops: peak.tflops, bandwidth_gbps: peak.bandwidth_gbps, precision: peak.precision, source: peak.source, bandwidth_source: peak.bandwidth_source, accelerator: peak.accelerator },
    requests: counts,
    model: summary,
  };
}

/** The sums over the requests that each figure divides: FLOPs, the timed ones, and the bytes decode steps read. */
interface RequestSums {
  total: number;
  prefillTotal: number;
  decodeTotal: number;
  /** Prefill FLOPs of the requests with a TTFT, and their TTFTs in seconds. */
  prefillFlopsTimed: number;
  ttftSeconds: number;
  withTtft: number;
  /** Decode FLOPs, seconds and bytes read of the requests that generated 2 or more tokens with a TTFT and an E2EL. */
  decodeFlopsTimed: number;
  decodeSeconds: number;
  decodeBytes: number;
  withDecode: number;
}

function sumRequests(model: ModelSpec, requests: UtilizationInput['requests'], convention: AttentionConvention, weightBytesPerStep: number, kvBytesPerElement: number): RequestSums {
  const perToken = flopsPerToken(model);
  const sums: RequestSums = { total: 0, prefillTotal: 0, decodeTotal: 0, prefillFlopsTimed: 0, ttftSeconds: 0, withTtft: 0, decodeFlopsTimed: 0, decodeSeconds: 0, decodeBytes: 0, withDecode: 0 };
  for (let index = 0; index < requests.length; index++) {
    const r = requests.at(index)!;
    for (const [key, value] of [['prompt_tokens', r.prompt_tokens], ['output_tokens', r.output_tokens]] as const) {
      if (!Number.isInteger(value) || value < 0) throw new InputError(`MFU: request ${index}: ${key} must be a non-negative integer, got ${value}`);
    }
    const f = requestFlops(model, r.prompt_tokens, r.output_tokens, convention, perToken);
    sums.total += f.total;
    sums.prefillTotal += f.prefill;
    sums.decodeTotal += f.decode;
    if (r.ttft_ms !== null && r.ttft_ms > 0) {
      sums.prefillFlopsTimed += f.prefill;
      sums.ttftSeconds += r.ttft_ms / 1000;
      sums.withTtft++;
    }
    const steps = r.output_tokens - 1;
    if (steps >= 1 && r.ttft_ms !== null && r.e2el_ms !== null && r.e2el_ms > r.ttft_ms) {
      sums.decodeFlopsTimed += f.decode;
      sums.decodeSeconds += (r.e2el_ms - r.ttft_ms) / 1000;
      // Step j (1…G−1) reads the cache at context P + j.
      sums.decodeBytes += steps * weightBytesPerStep + kvBytesReadOverContexts(model, r.prompt_tokens, r.prompt_tokens + steps, kvBytesPerElement);
      sums.withDecode++;
    }
  }
  return sums;
}
