import { cappedSum } from './kv-cache.js';
import type { AttentionSpec, ModelSpec } from './model-spec.js';
import { countParameters } from './parameter-count.js';

/**
 * How attention positions are counted (docs/mfu.md):
 * - `causal`: a prefill token at position i attends to i positions (min(i, window)); what the
 *   kernels actually compute, and our default.
 * - `full`: every prefill token attends to the whole prompt (P² instead of P(P+1)/2), the
 *   non-causal count vLLM's FLOP accounting uses. Decode is the same under both.
 */
export type AttentionConvention = 'causal' | 'full';

export interface FlopsPerToken {
  /** 2 · N_linear: weight-matrix FLOPs of one forwarded token (attention projections, MLP / active experts, router). */
  linear: number;
  /** 2 · h · V: the output head, once per generated token. */
  logits: number;
  /** FLOPs per attended position for one query, summed over layers: Σ 2 · n_q · (d_qk + d_v). */
  attentionPerPosition: number;
}

export interface RequestFlops {
  prefill: number;
  decode: number;
  total: number;
  breakdown: { linear: number; attention: number; logits: number };
}

export function flopsPerToken(spec: ModelSpec): FlopsPerToken {
  const { linearActive } = countParameters(spec);
  let attentionPerPosition = 0;
  for (const layer of spec.layers) attentionPerPosition += attentionFlopsPerPosition(layer.attention);
  return { linear: 2 * linearActive, logits: 2 * spec.hiddenSize * spec.vocabSize, attentionPerPosition };
}

/** QKᵀ (2·d_qk per head) plus the weighted sum of values (2·d_v per head), per attended position. */
export function attentionFlopsPerPosition(a: AttentionSpec): number {
  const dQk = a.kind === 'mla' ? a.qkNopeHeadDim + a.qkRopeHeadDim : a.headDim;
  return 2 * a.numQueryHeads * (dQk + a.vHeadDim);
}

/**
 * FLOPs of one request with P prompt tokens and G generated tokens. Prefill forwards the P prompt
 * tokens and produces the first token's logits; decode forwards the G−1 tokens fed back and
 * produces G−1 more logits (the last generated token is never fed back).
 */
export function requestFlops(spec: ModelSpec, promptTokens: number, outputTokens: number, convention: AttentionConvention = 'causal', perToken: FlopsPerToken = flopsPerToken(spec)): RequestFlops {
  const P = Math.max(0, promptTokens);
  const G = Math.max(0, outputTokens);
  const decodeSteps = Math.max(0, G - 1);

  let attentionPrefill = 0;
  let attentionDecode = 0;
  for (const layer of spec.layers) {
    const perPosition = attentionFlopsPerPosition(layer.attention);
    const window = layer.attention.slidingWindow;
    const prefillPositions = convention === 'causal' ? cappedSum(P, window) : P * (window === null ? P : Math.min(P, window));
    // Decode step j feeds the token at position P+j, which attends to min(P+j, window) positions.
    const decodePositions = cappedSum(P + decodeSteps, window) - cappedSum(P, window);
    attentionPrefill += perPosition * prefillPositions;
    attentionDecode += perPosition * decodePositions;
  }

  const linearPrefill = perToken.linear * P;
  const linearDecode = perToken.linear * decodeSteps;
  const logitsPrefill = G >= 1 ? perToken.logits : 0;
  const logitsDecode = perToken.logits * decodeSteps;
  const prefill = linearPrefill + attentionPrefill + logitsPrefill;
  const decode = linearDecode + attentionDecode + logitsDecode;
  return {
    prefill,
    decode,
    total: prefill + decode,
    breakdown: { linear: linearPrefill + linearDecode, attention: attentionPrefill + attentionDecode, logits: logitsPrefill + logitsDecode },
  };
}
