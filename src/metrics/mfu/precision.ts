/** The precisions the catalog lists peaks for, named as task.yaml's GPU_<PRECISION> keys name them. */
export const PRECISIONS = ['FP32', 'TF32', 'BF16', 'FP16', 'FP8', 'INT8', 'FP4'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Bytes a weight takes on the device at each GEMM precision (a GGUF file states its own instead). */
export const WEIGHT_BYTES: Readonly<Record<Precision, number>> = { FP32: 4, TF32: 4, BF16: 2, FP16: 2, FP8: 1, INT8: 1, FP4: 0.5 };

const ALIASES: Record<string, Precision> = {
  fp32: 'FP32', float32: 'FP32', float: 'FP32', f32: 'FP32',
  tf32: 'TF32',
  bf16: 'BF16', bfloat16: 'BF16',
  fp16: 'FP16', float16: 'FP16', half: 'FP16', f16: 'FP16',
  fp8: 'FP8', float8: 'FP8', e4m3: 'FP8', fp8_e4m3: 'FP8', float8_e4m3fn: 'FP8', e5m2: 'FP8', fp8_e5m2: 'FP8',
  int8: 'INT8', w8a8: 'INT8',
  fp4: 'FP4', nvfp4: 'FP4', mxfp4: 'FP4',
};

/**
 * The precision the GEMMs run in, from an engine dtype or torch dtype ("bfloat16", "torch.float16",
 * "fp8", ...). Null when the string does not say (e.g. "auto"): the caller must resolve it first.
 */
export function precisionOf(dtype: string): Precision | null {
  const key = dtype.trim().toLowerCase().replace(/^torch\./, '').replace(/-/g, '_');
  return ALIASES[key] ?? null;
}
