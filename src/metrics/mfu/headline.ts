import type { UtilizationResult } from './utilization.js';

/**
 * The flat name → number entries results.json's `headline` takes from a UtilizationResult (null when
 * not measured; the reason lives in the detailed block, see `utilizationBlock`).
 */
export function utilizationHeadline(result: UtilizationResult): Record<string, number | null> {
  return {
    mfu: result.mfu.value,
    prefill_mfu: result.prefill_mfu.value,
    decode_mfu: result.decode_mfu.value,
    mbu: result.mbu.value,
    achieved_tflops: result.achieved_tflops.value,
  };
}

/** The detailed `metrics.mfu` block of results.json: every value with its reason, the peak and its source. */
export function utilizationBlock(result: UtilizationResult): Record<string, unknown> {
  return { ...result };
}
