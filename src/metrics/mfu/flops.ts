import { attendedSum } from './kv-cache.js';
import { type AttentionSpec, isSoftmaxAttention, type ModelSpec } from './model-spec.js';
import { countParameters } from './parameter-count.js';

/**
 * How attention positions are counted (docs/mfu.md):
 * - `causal`: a prefill token at position i attends to i positions (min(i, window), or its place in
 *   its chunk); what the kernels actually compute, and our default.
 * - `full`: every prefill token attends to the whole prompt (its whole window or chunk), the
 *   non-causal count vLLM's FLOP accounting uses. Decode is the same under both.
 */
export type AttentionConvention = 'causal' | 'full';

export interface FlopsPerToken {
  /** 2 · N_linear: weight-matrix FLOPs of one forwarded token (mixer projections, MLP / active experts, router). */
  linear: number;
  /** 2 · h · V: the output head, once per generated token. */
  logits: number;
  /** FLOPs per attended position for one query, summed over softmax-attention layers: Σ 2 · n_q · (d_qk + d_v). */
  attentionPerPosition: number;
  /** Per-token FLOPs of the fixed-size state of linear-attention and Mamba layers (state update, read-out, conv). */
  recurrent: number;
}

export interface RequestFlops {
  prefill: number;
  decode: number;
  total: number;
  breakdown: { linear: number; attention: number; recurrent: number; logits: number };
}

export function flopsPerToken(spec: ModelSpec): FlopsPerToken {
  const { linearActive } = countParameters(spec);
  let attentionPerPosition = 0;
  let recurrent = 0;
  for (const layer of spec.layers) {
    attentionPerPosition += attentionFlopsPerPosition(layer.attention);
    recurrent += recurrentFlopsPerToken(layer.attention);
  }
  return { linear: 2 * linearActive, logits: 2 * spec.hiddenSize * spec.vocabSize, attentionPerPosition, recurrent };
}

/** QKᵀ (2·d_qk per head) plus the weighted sum of values (2·d_v per head), per attended position; 0 for linear mixers. */
export function attentionFlopsPerPosition(a: AttentionSpec): number {
  if (!isSoftmaxAttention(a)) return 0;
  const dQk = a.kind === 'mla' ? a.qkNopeHeadDim + a.qkRopeHeadDim : a.headDim;
  return 2 * a.numQueryHeads * (dQk + a.vHeadDim);
}

/**
 * FLOPs a linear mixer spends on its state per token, in the recurrent form (docs/mfu.md):
 * - Gated DeltaNet, per value head with a d_k × d_v state S: decay αS (1), S·k (2), the rank-1
 *   delta update β(v − Sk)kᵀ (2) and the read-out S·q (2) → 7·d_k·d_v; plus the depthwise conv.
 * - Mamba, per channel with d_state states: Δ·A (1), the update dA·h + dB·x (3) and the read-out C·h
 *   (2) → 6·d_inner·d_state; plus the depthwise conv.
 * The conv counts 2 FLOPs per weight. Softmax attention gives 0 here (its cost is per position).
 */
export function recurrentFlopsPerToken(a: AttentionSpec): number {
  if (a.kind === 'gated-deltanet') {
    const convChannels = 2 * a.numKeyHeads * a.keyHeadDim + a.numValueHeads * a.valueHeadDim;
    return 7 * a.numValueHeads * a.keyHeadDim * a.valueHeadDim + 2 * convChannels * a.convKernel;
  }
  if (a.kind === 'mamba') return 6 * a.innerSize * a.stateSize + 2 * a.innerSize * a.convKernel;
  return 0;
}

/** Attended positions of P prompt tokens under the non-causal convention: each sees its whole window, chunk or prompt. */
function nonCausalPositions(a: AttentionSpec, P: number): number {
  if (!isSoftmaxAttention(a)) return 0;
  if (a.slidingWindow !== null) return P * Math.min(P, a.slidingWindow);
  if (a.chunkSize !== null) {
    const full = Math.floor(P / a.chunkSize);
    const rest = P - full * a.chunkSize;
    return full * a.chunkSize * a.chunkSize + rest * rest;
  }
  return P * P;
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
    if (perPosition === 0) continue;
    const prefillPositions = convention === 'causal' ? attendedSum(layer.attention, P) : nonCausalPositions(layer.attention, P);
    // Decode step j feeds the token at position P+j, which attends to attendedAt(P+j) positions.
    const decodePositions = attendedSum(layer.attention, P + decodeSteps) - attendedSum(layer.attention, P);
    attentionPrefill += perPosition * prefillPositions;
    attentionDecode += perPosition * decodePositions;
  }

  const linearPrefill = perToken.linear * P;
  const linearDecode = perToken.linear * decodeSteps;
  const recurrentPrefill = perToken.recurrent * P;
  const recurrentDecode = perToken.recurrent * decodeSteps;
  const logitsPrefill = G >= 1 ? perToken.logits : 0;
  const logitsDecode = perToken.logits * decodeSteps;
  const prefill = linearPrefill + attentionPrefill + recurrentPrefill + logitsPrefill;
  const decode = linearDecode + attentionDecode + recurrentDecode + logitsDecode;
  return {
    prefill,
    decode,
    total: prefill + decode,
    breakdown: { linear: linearPrefill + linearDecode, attention: attentionPrefill + attentionDecode, recurrent: recurrentPrefill + recurrentDecode, logits: logitsPrefill + logitsDecode },
  };
}
