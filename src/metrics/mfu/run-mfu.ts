import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchmarkConfig } from '../../config/benchmark-config.js';
import type { RequestRecord } from '../../load/index.js';
import { orNull, type RequestColumns } from '../../run-folder/request-columns.js';
import type { Headline } from '../../run-folder/results-document.js';
import { InputError } from '../../util/errors.js';
import { readGgufModelSpec } from './gguf-model.js';
import { utilizationBlock, utilizationHeadline } from './headline.js';
import { readModelSpec } from './model-config.js';
import type { ModelSpec } from './model-spec.js';
import { resolvePeak } from './peak.js';
import { precisionOf, WEIGHT_BYTES } from './precision.js';
import { computeUtilization } from './utilization.js';

export interface MfuOutcome {
  block: Record<string, unknown>;
  headline: Headline;
  /** Why MFU is not computed, when it is not. */
  unavailable: string | null;
}

const unavailable = (reason: string): MfuOutcome => ({
  block: { available: false, reason },
  headline: { mfu: null, prefill_mfu: null, decode_mfu: null, mbu: null, achieved_tflops: null },
  unavailable: reason,
});

/**
 * MFU/MBU of the measured requests (docs/mfu.md). Needs the model's shape (config.json in model_path,
 * or the GGUF file model_path names), the accelerator's peak (task.yaml GPU_<PRECISION> or the
 * catalog via GPU_NAME) and a device to divide by; without any of them MFU is reported as unavailable
 * with the reason, never guessed.
 */
export function computeMfu(config: BenchmarkConfig, records: readonly RequestRecord[], durationS: number | null): MfuOutcome {
  const completed = records.filter((r) => r.error === null && !r.warmup);
  return mfuOfCompleted(config, completed, durationS);
}

/** The completed measured requests' token counts and times, nullable as the records carry them. */
interface CompletedRequest {
  prompt_tokens: number | null;
  output_tokens: number | null;
  ttft_ms: number | null;
  e2el_ms: number | null;
}

/** computeMfu over rows of the run's columns (warmup and failed rows left out, as there). */
export function computeMfuOfRows(config: BenchmarkConfig, columns: RequestColumns, rows: Uint32Array, durationS: number | null): MfuOutcome {
  const completed = rows.filter((r) => columns.warmup[r] === 0 && columns.errorKind[r] === 0);
  // Each request built when it is read, not held as a list of objects.
  const requestAt = (i: number): CompletedRequest | undefined => {
    const r = completed.at(i);
    if (r === undefined) return undefined;
    return { prompt_tokens: orNull(columns.promptTokens[r]!), output_tokens: orNull(columns.outputTokens[r]!), ttft_ms: orNull(columns.ttftMs[r]!), e2el_ms: orNull(columns.e2elMs[r]!) };
  };
  return mfuOfCompleted(config, { length: completed.length, at: requestAt }, durationS);
}

function mfuOfCompleted(config: BenchmarkConfig, completed: Pick<readonly CompletedRequest[], 'length' | 'at'>, durationS: number | null): MfuOutcome {
  const model = readModelFile(config.model_path);
  if (!model) return unavailable(`no config.json or GGUF model file found at model_path (${config.model_path ?? 'not set'})`);
  const dtype = config.mfu.dtype ?? config.engine_options.dtype ?? model.torchDtype;
  if (!dtype) return unavailable('the GEMM precision is unknown: set mfu.dtype (e.g. BF16) in task.yaml');
  const precision = precisionOf(dtype);
  if (!precision) return unavailable(`the precision "${dtype}" is not one of FP32, TF32, BF16, FP16, FP8, INT8, FP4: set mfu.dtype`);
  const taskPeaks = taskPeakKeys(config.gpu_peaks_tflops);
  // gpu_nums 0 runs the engine on the host. A GPU_<PRECISION> in task.yaml is then the peak of that
  // one device, stated by the user; without it there is nothing to divide by.
  const accelerators = config.gpu_nums >= 1 ? config.gpu_nums : taskPeaks[`GPU_${precision}`] !== undefined ? 1 : 0;
  if (accelerators === 0) return unavailable(`gpu_nums is 0 (CPU only) and task.yaml gives no GPU_${precision}: there is no peak to compare with`);
  const peak = resolvePeak({ gpuName: config.gpu_nums >= 1 ? (config.gpu_name ?? undefined) : undefined, dtype: precision, taskPeaks, catalogPath: config.mfu.catalog ?? undefined });
  if (completed.length === 0 || durationS === null || durationS <= 0) return unavailable('no completed request to compute it from');
  for (let i = 0; i < completed.length; i++) {
    const r = completed.at(i)!;
    if (r.prompt_tokens === null || r.output_tokens === null) return unavailable('the server did not report prompt token counts (usage), which the FLOP count needs');
  }
  const counted = (i: number) => {
    const r = completed.at(i);
    return r && { prompt_tokens: r.prompt_tokens ?? 0, output_tokens: r.output_tokens ?? 0, ttft_ms: r.ttft_ms, e2el_ms: r.e2el_ms };
  };
  const result = computeUtilization({
    model,
    requests: { length: completed.length, at: counted },
    duration_s: durationS,
    accelerators,
    peak,
    // A GGUF file says how many bytes its weights take (quantized types included); else the precision does.
    weightBytesPerParam: model.weightBytesPerParam ?? WEIGHT_BYTES[precision],
    // The KV cache runs in 16-bit unless the engine is told otherwise; docs/mfu.md.
    kvBytesPerElement: 2,
    attention: config.mfu.non_causal_attention ? 'full' : 'causal',
  });
  return { block: utilizationBlock(result), headline: utilizationHeadline(result), unavailable: result.mfu.value === null ? result.mfu.reason : null };
}

/**
 * The configuration keys its peaks by precision (FP16, BF16, BANDWIDTH_GBPS); resolvePeak names them as
 * task.yaml writes them (GPU_FP16), so that its messages quote the key the user wrote.
 */
function taskPeakKeys(peaks: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(peaks).map(([precision, value]) => [`GPU_${precision}`, value]));
}

/** The model's shape: a GGUF file (llama.cpp), a config.json, or a directory holding config.json. */
function readModelFile(modelPath: string | null): ModelSpec | null {
  if (!modelPath || !existsSync(modelPath)) return null;
  if (statSync(modelPath).isFile()) {
    if (modelPath.toLowerCase().endsWith('.gguf')) return readGgufModelSpec(modelPath);
    return modelPath.endsWith('.json') ? readModelSpec(modelPath) : null;
  }
  const candidate = join(modelPath, 'config.json');
  return existsSync(candidate) ? readModelSpec(candidate) : null;
}

/** MFU problems are reported in results, not thrown: a bad config.json must not lose the run's figures. */
export function computeMfuSafely(config: BenchmarkConfig, records: readonly RequestRecord[], durationS: number | null): MfuOutcome {
  return safely(() => computeMfu(config, records, durationS));
}

/** computeMfuSafely over rows of the run's columns (the pipeline's). */
export function computeMfuOfRowsSafely(config: BenchmarkConfig, columns: RequestColumns, rows: Uint32Array, durationS: number | null): MfuOutcome {
  return safely(() => computeMfuOfRows(config, columns, rows, durationS));
}

function safely(compute: () => MfuOutcome): MfuOutcome {
  try {
    return compute();
  } catch (error) {
    if (error instanceof InputError) return unavailable(error.message);
    throw error;
  }
}
