import { type AttentionSpec, isSoftmaxAttention, type ModelSpec } from './model-spec.js';

/**
 * KV-cache elements one token adds to one layer. Standard attention stores a key and a value per KV
 * head; MLA stores the compressed latent plus the shared rope key (what vLLM and SGLang cache), not
 * per-head keys and values. Linear-attention and Mamba layers keep a fixed-size state instead: no
 * per-token cache.
 */
export function kvElementsPerTokenPerLayer(attention: AttentionSpec): number {
  if (attention.kind === 'mla') return attention.kvLoraRank + attention.qkRopeHeadDim;
  if (attention.kind === 'standard') return attention.numKvHeads * (attention.headDim + attention.vHeadDim);
  return 0;
}

/** KV-cache bytes one token adds across all layers (sliding-window and chunked layers included: they still store it). */
export function kvBytesPerToken(spec: ModelSpec, bytesPerElement: number): number {
  let elements = 0;
  for (const layer of spec.layers) elements += kvElementsPerTokenPerLayer(layer.attention);
  return elements * bytesPerElement;
}

/** Positions a query at context position c (1-based) attends to in this layer. */
export function attendedAt(attention: AttentionSpec, c: number): number {
  if (!isSoftmaxAttention(attention) || c <= 0) return 0;
  if (attention.slidingWindow !== null) return Math.min(c, attention.slidingWindow);
  if (attention.chunkSize !== null) return ((c - 1) % attention.chunkSize) + 1;
  return c;
}

/** Σ_{c=1..n} attendedAt(c), in closed form. */
export function attendedSum(attention: AttentionSpec, n: number): number {
  if (!isSoftmaxAttention(attention) || n <= 0) return 0;
  if (attention.chunkSize !== null) {
    const size = attention.chunkSize;
    const full = Math.floor(n / size);
    const rest = n - full * size;
    return (full * size * (size + 1)) / 2 + (rest * (rest + 1)) / 2;
  }
  return cappedSum(n, attention.slidingWindow);
}

/** KV-cache bytes attention reads for one query at a context of `contextTokens` positions. */
export function kvBytesReadAtContext(spec: ModelSpec, contextTokens: number, bytesPerElement: number): number {
  let elements = 0;
  for (const layer of spec.layers) elements += attendedAt(layer.attention, contextTokens) * kvElementsPerTokenPerLayer(layer.attention);
  return elements * bytesPerElement;
}

/** Σ over contexts c = from+1 … to of kvBytesReadAtContext(c), in closed form per layer. */
export function kvBytesReadOverContexts(spec: ModelSpec, from: number, to: number, bytesPerElement: number): number {
  if (to <= from) return 0;
  let elements = 0;
  for (const layer of spec.layers) {
    const positions = attendedSum(layer.attention, to) - attendedSum(layer.attention, from);
    elements += positions * kvElementsPerTokenPerLayer(layer.attention);
  }
  return elements * bytesPerElement;
}

/** Σ_{i=1..n} min(i, window): positions attended by n consecutive causal queries. */
export function cappedSum(n: number, window: number | null): number {
  if (n <= 0) return 0;
  if (window === null || n <= window) return (n * (n + 1)) / 2;
  return (window * (window + 1)) / 2 + (n - window) * window;
}
