import { InputError } from '../../util/errors.js';
import { denseTflops, findAccelerator, loadCatalog } from './catalog.js';
import { precisionOf, type Precision } from './precision.js';

/**
 * The peak that MFU divides by. task.yaml's GPU_<PRECISION> (TFLOPs, the seed's way) overrides the
 * catalog; otherwise GPU_NAME picks the catalog entry. No peak is ever guessed: an unknown GPU with
 * no GPU_<PRECISION> gives `available: false` with the reason.
 */
export type PeakResolution =
  | {
      available: true;
      precision: Precision;
      tflops: number;
      /** Peak memory bandwidth in GB/s (10⁹ bytes/s); null when neither task.yaml nor the catalog gives it. */
      bandwidth_gbps: number | null;
      /** Where the FLOP/s figure came from, e.g. "task.yaml GPU_BF16" or "catalog h100-sxm: <title> <url>". */
      source: string;
      bandwidth_source: string | null;
      /** The catalog entry used, when one was. */
      accelerator: string | null;
    }
  | { available: false; precision: Precision | null; reason: string };

/** task.yaml may also give the bandwidth (GB/s) under this key, overriding the catalog's. */
export const TASK_BANDWIDTH_KEY = 'GPU_BANDWIDTH_GBPS';

export interface ResolvePeakInput {
  gpuName?: string;
  /** The dtype the GEMMs run in: engine dtype or the checkpoint's torch_dtype ("bfloat16", "fp8", ...). */
  dtype: string;
  /** GPU_FP16, GPU_BF16, ... from task.yaml, in TFLOPs; GPU_BANDWIDTH_GBPS in GB/s. */
  taskPeaks: Record<string, number>;
  catalogPath?: string;
}

export function resolvePeak(input: ResolvePeakInput): PeakResolution {
  for (const [key, value] of Object.entries(input.taskPeaks)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new InputError(`task.yaml: ${key} must be a positive number, got ${JSON.stringify(value)}`);
    }
  }
  const precision = precisionOf(input.dtype);
  if (precision === null) {
    return { available: false, precision: null, reason: `dtype "${input.dtype}" does not name the precision the GEMMs run in (expected e.g. bfloat16, float16, fp8)` };
  }
  const taskKey = `GPU_${precision}`;
  const taskTflops = input.taskPeaks[taskKey];
  const taskBandwidth = input.taskPeaks[TASK_BANDWIDTH_KEY];

  // Say which GPU_* keys task.yaml does give, so a seed config with GPU_FP16 on a bf16 run sees why it was not used.
  const given = Object.keys(input.taskPeaks).filter((k) => /^GPU_(FP|BF|TF|INT)\d+$/.test(k));
  const hint = given.length > 0 ? ` (it gives ${given.join(', ')}; the GEMMs run in ${precision})` : '';
  const gpuName = input.gpuName?.trim() ?? '';
  // The catalog is read only when it can contribute: a missing catalog must not break a run whose task.yaml gives everything.
  const needCatalog = gpuName !== '' && (taskTflops === undefined || taskBandwidth === undefined);
  const catalog = needCatalog ? loadCatalog(input.catalogPath) : null;
  const entry = catalog && gpuName !== '' ? findAccelerator(catalog, gpuName) : null;
  const cite = (f: { source: string; halved_from_sparse?: number | undefined; derived?: string | undefined }) => {
    const s = catalog?.sources[f.source];
    const how = f.halved_from_sparse !== undefined ? ` (vendor's ${f.halved_from_sparse} with sparsity, halved)` : f.derived ? ` (${f.derived})` : '';
    return `catalog ${entry?.id}: ${s?.title ?? f.source} <${s?.url ?? ''}>${how}`;
  };

  let bandwidth: number | null = null;
  let bandwidthSource: string | null = null;
  if (taskBandwidth !== undefined) {
    bandwidth = taskBandwidth;
    bandwidthSource = `task.yaml ${TASK_BANDWIDTH_KEY}`;
  } else if (entry?.bandwidth_gbps) {
    bandwidth = entry.bandwidth_gbps.value;
    bandwidthSource = cite(entry.bandwidth_gbps);
  }

  if (taskTflops !== undefined) {
    return { available: true, precision, tflops: taskTflops, bandwidth_gbps: bandwidth, source: `task.yaml ${taskKey}`, bandwidth_source: bandwidthSource, accelerator: entry?.id ?? null };
  }
  if (gpuName === '') {
    return { available: false, precision, reason: `no GPU_NAME and no ${taskKey} in task.yaml${hint}, so the peak ${precision} FLOP/s is unknown` };
  }
  if (entry === null) {
    return { available: false, precision, reason: `GPU "${gpuName}" is not in the accelerator catalog and task.yaml gives no ${taskKey}${hint}` };
  }
  const peak = denseTflops(entry, precision);
  if (!peak) {
    return { available: false, precision, reason: `the catalog has no cited dense ${precision} peak for ${entry.id} and task.yaml gives no ${taskKey}${hint}` };
  }
  return { available: true, precision, tflops: peak.value, bandwidth_gbps: bandwidth, source: cite(peak), bandwidth_source: bandwidthSource, accelerator: entry.id };
}
