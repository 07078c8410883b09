import type { AttentionSpec, ModelSpec } from './model-spec.js';

/**
 * KV-cache elements one token adds to one layer. Standard attention stores a key and a value per KV
 * head; MLA stores the compressed latent plus the shared rope key (what vLLM and SGLang cache), not
 * per-head keys and values.
 */
export function kvElementsPerTokenPerLayer(attention: AttentionSpec): number {
  if (attention.kind === 'mla') return attention.kvLoraRank + attention.qkRopeHeadDim;
  return attention.numKvHeads * (attention.headDim + attention.vHeadDim);
}

/** KV-cache bytes one token adds across all layers (sliding-window layers included: they still store it). */
export function kvBytesPerToken(spec: ModelSpec, bytesPerElement: number): number {
  let elements = 0;
  for (const layer of spec.layers) elements += kvElementsPerTokenPerLayer(layer.attention);
  return elements * bytesPerElement;
}

/**
 * KV-cache bytes attention reads for one query at a context of `contextTokens` positions: every
 * layer reads its cache, a sliding-window layer only the last `window` positions.
 */
export function kvBytesReadAtContext(spec: ModelSpec, contextTokens: number, bytesPerElement: number): number {
  let elements = 0;
  for (const layer of spec.layers) {
    const window = layer.attention.slidingWindow;
    const positions = window === null ? contextTokens : Math.min(contextTokens, window);
    elements += positions * kvElementsPerTokenPerLayer(layer.attention);
  }
  return elements * bytesPerElement;
}

/** Σ over contexts c = from+1 … to of kvBytesReadAtContext(c), in closed form per layer. */
export function kvBytesReadOverContexts(spec: ModelSpec, from: number, to: number, bytesPerElement: number): number {
  if (to <= from) return 0;
  let elements = 0;
  for (const layer of spec.layers) {
    const window = layer.attention.slidingWindow;
    const positions = cappedSum(to, window) - cappedSum(from, window);
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
