import type { AttentionSpec, LayerSpec, MlpSpec, ModelSpec } from './model-spec.js';

/**
 * Parameter counts from the model's shape alone (docs/mfu.md, "Parameters"):
 * - `total`: every weight of the main model: embeddings (token and position), layers with their
 *   biases and norms, final norm, head (DeepSeek's multi-token-prediction module is not part of it,
 *   as in the published 671B).
 * - `active`: what one token touches: routed experts count top-k only; the input embedding included.
 * - `activeWithoutEmbedding`: `active` less the input embedding tables (token and position), which a
 *   token only looks up; the convention OpenAI and DeepSeek publish.
 * - `activeNonEmbedding`: `activeWithoutEmbedding` less the output head too; Qwen's and Gemma's
 *   "non-embedding" figures.
 * - `linearActive`: the weight matrices a token multiplies through inside the layers (mixer
 *   projections, MLP or active experts, router): the N in "2·N FLOPs per token". The FLOP count
 *   uses this, plus the head under logits.
 */
export interface ParameterCount {
  total: number;
  active: number;
  activeWithoutEmbedding: number;
  activeNonEmbedding: number;
  /** The token embedding table (vocab × hidden). */
  embedding: number;
  /** Learned position embeddings (GPT-2); 0 for rotary models. */
  positionEmbedding: number;
  /** 0 when the output head is tied to the input embedding. */
  lmHead: number;
  linearActive: number;
}

/** The parameter count the FLOPs are built on (docs/mfu.md, "FLOPs of a request"). */
export const FLOPS_USE = 'linear_active (2 FLOPs per weight per forwarded token) plus the head (2·h·V per generated token); embeddings are lookups and are not counted';

interface Count {
  total: number;
  active: number;
  /** Weight matrices one token multiplies through. */
  linear: number;
}

export function countParameters(spec: ModelSpec): ParameterCount {
  const h = spec.hiddenSize;
  const embedding = spec.vocabSize * h;
  const lmHead = spec.tieWordEmbeddings ? 0 : spec.vocabSize * h;
  let total = embedding + spec.positionEmbeddings + lmHead + spec.finalNormWeights;
  let active = total;
  let linearActive = 0;
  for (const layer of spec.layers) {
    const count = countLayer(layer, h);
    total += count.total;
    active += count.active;
    linearActive += count.linear;
  }
  const activeWithoutEmbedding = active - embedding - spec.positionEmbeddings;
  return { total, active, activeWithoutEmbedding, activeNonEmbedding: activeWithoutEmbedding - lmHead, embedding, positionEmbedding: spec.positionEmbeddings, lmHead, linearActive };
}

function countLayer(layer: LayerSpec, h: number): Count {
  const mixer = countMixer(layer.attention, h);
  const mlp = countMlp(layer.mlp, h);
  return {
    total: mixer.total + mlp.total + layer.normWeights,
    active: mixer.total + mlp.active + layer.normWeights,
    linear: mixer.linear + mlp.linear,
  };
}

function countMixer(a: AttentionSpec, h: number): Count {
  switch (a.kind) {
    case 'mla': {
      const qHead = a.qkNopeHeadDim + a.qkRopeHeadDim;
      // q: either h→q_lora (+ its norm) → heads, or h → heads directly.
      const q = a.qLoraRank === null ? h * a.numQueryHeads * qHead : h * a.qLoraRank + a.qLoraRank * a.numQueryHeads * qHead;
      // kv: h → (latent + shared rope key), latent norm, latent → per-head (nope key + value).
      const kvA = h * (a.kvLoraRank + a.qkRopeHeadDim);
      const kvB = a.kvLoraRank * a.numQueryHeads * (a.qkNopeHeadDim + a.vHeadDim);
      const o = a.numQueryHeads * a.vHeadDim * h;
      const linear = q + kvA + kvB + o;
      const total = linear + (a.qLoraRank ?? 0) + a.kvLoraRank;
      return { total, active: total, linear };
    }
    case 'gated-deltanet': {
      const keyDim = a.numKeyHeads * a.keyHeadDim;
      const valueDim = a.numValueHeads * a.valueHeadDim;
      // in_proj_qkvz (q, k, v and the output gate z), in_proj_ba (β and the decay), out_proj.
      const linear = h * (2 * keyDim + 2 * valueDim) + h * 2 * a.numValueHeads + valueDim * h;
      // Depthwise conv over q, k, v (no bias), dt_bias and A_log per value head, the gated norm's weight.
      const total = linear + (2 * keyDim + valueDim) * a.convKernel + 2 * a.numValueHeads + a.valueHeadDim;
      return { total, active: total, linear };
    }
    case 'mamba': {
      const d = a.innerSize;
      // in_proj (x and gate z), x_proj (Δ, B, C), dt_proj, out_proj.
      const linear = h * 2 * d + d * (a.dtRank + 2 * a.stateSize) + a.dtRank * d + d * h;
      const biases = (a.projBias ? 2 * d + h : 0) + (a.convBias ? d : 0) + d; // + dt_proj's bias
      // Depthwise conv weights, A_log, D, and Jamba's Δ/B/C norms.
      const total = linear + biases + d * a.convKernel + d * a.stateSize + d + (a.innerNorms ? a.dtRank + 2 * a.stateSize : 0);
      return { total, active: total, linear };
    }
    case 'standard': {
      const qOut = a.numQueryHeads * a.headDim;
      const kvOut = a.numKvHeads * (a.headDim + a.vHeadDim);
      const linear = h * qOut * (a.queryGate ? 2 : 1) + h * kvOut + a.numQueryHeads * a.vHeadDim * h;
      const biases = (a.qkvBias ? qOut + kvOut : 0) + (a.outBias ? h : 0);
      const total = linear + biases + a.qkNormWeights;
      return { total, active: total, linear };
    }
  }
}

function mlpMatrices(h: number, intermediate: number, gated: boolean): number {
  return (gated ? 3 : 2) * h * intermediate;
}

function countMlp(m: MlpSpec, h: number): Count {
  if (m.kind === 'none') return { total: 0, active: 0, linear: 0 };
  if (m.kind === 'dense') {
    const matrices = mlpMatrices(h, m.intermediateSize, m.gated);
    const biases = m.bias ? (m.gated ? 2 : 1) * m.intermediateSize + h : 0;
    return { total: matrices + biases, active: matrices + biases, linear: matrices };
  }
  const expert = mlpMatrices(h, m.expertIntermediateSize, true);
  const shared = m.sharedExperts * mlpMatrices(h, m.sharedIntermediateSize, true);
  const router = h * m.numExperts + (m.sharedExpertGate ? h : 0);
  const routerBias = m.routerBias ? m.numExperts : 0;
  const alwaysOn = shared + router;
  return {
    total: m.numExperts * expert + alwaysOn + routerBias,
    active: m.expertsPerToken * expert + alwaysOn + routerBias,
    linear: m.expertsPerToken * expert + alwaysOn,
  };
}
