import type { AttentionSpec, LayerSpec, MlpSpec, ModelSpec } from './model-spec.js';

/**
 * Parameter counts from the config alone. `total` is every weight of the checkpoint's main model
 * (embeddings, layers, norms, head; DeepSeek's multi-token-prediction module is not part of it, as
 * in the published 671B). `active` is what one token touches: routed experts count top-k only.
 * `linearActive` is the weight matrices a token multiplies through in the decoder layers (attention
 * projections, MLP or active experts, router): the N in "2·N FLOPs per token" (docs/mfu.md).
 */
export interface ParameterCount {
  total: number;
  active: number;
  embedding: number;
  /** 0 when the output head is tied to the input embedding. */
  lmHead: number;
  linearActive: number;
}

interface LayerCount {
  /** All parameters of the layer (matrices, biases, norms). */
  total: number;
  /** What one token uses. */
  active: number;
  /** Weight matrices one token multiplies through. */
  linearActive: number;
}

export function countParameters(spec: ModelSpec): ParameterCount {
  const h = spec.hiddenSize;
  const embedding = spec.vocabSize * h;
  const lmHead = spec.tieWordEmbeddings ? 0 : spec.vocabSize * h;
  let total = embedding + lmHead + h; // + final norm
  let active = total;
  let linearActive = 0;
  for (const layer of spec.layers) {
    const count = countLayer(layer, h);
    total += count.total;
    active += count.active;
    linearActive += count.linearActive;
  }
  return { total, active, embedding, lmHead, linearActive };
}

function countLayer(layer: LayerSpec, h: number): LayerCount {
  const attention = countAttention(layer.attention, h);
  const mlp = countMlp(layer.mlp, h);
  const norms = 2 * h; // pre-attention and pre-MLP RMSNorm/LayerNorm weights
  return {
    total: attention.total + mlp.total + norms,
    active: attention.total + mlp.active + norms,
    linearActive: attention.matrices + mlp.linearActive,
  };
}

function countAttention(a: AttentionSpec, h: number): { total: number; matrices: number } {
  if (a.kind === 'mla') {
    const qHead = a.qkNopeHeadDim + a.qkRopeHeadDim;
    // q: either h→q_lora (+ its norm) → heads, or h → heads directly.
    const q = a.qLoraRank === null ? h * a.numQueryHeads * qHead : h * a.qLoraRank + a.qLoraRank * a.numQueryHeads * qHead;
    const qNorm = a.qLoraRank ?? 0;
    // kv: h → (latent + shared rope key), latent norm, latent → per-head (nope key + value).
    const kvA = h * (a.kvLoraRank + a.qkRopeHeadDim);
    const kvB = a.kvLoraRank * a.numQueryHeads * (a.qkNopeHeadDim + a.vHeadDim);
    const o = a.numQueryHeads * a.vHeadDim * h;
    const matrices = q + kvA + kvB + o;
    return { total: matrices + qNorm + a.kvLoraRank, matrices };
  }
  const qOut = a.numQueryHeads * a.headDim;
  const kvOut = a.numKvHeads * (a.headDim + a.vHeadDim);
  const matrices = h * qOut + h * kvOut + a.numQueryHeads * a.vHeadDim * h;
  const biases = (a.qkvBias ? qOut + kvOut : 0) + (a.outBias ? h : 0);
  return { total: matrices + biases, matrices };
}

function mlpMatrices(h: number, intermediate: number, gated: boolean): number {
  return (gated ? 3 : 2) * h * intermediate;
}

function countMlp(m: MlpSpec, h: number): { total: number; active: number; linearActive: number } {
  if (m.kind === 'dense') {
    const matrices = mlpMatrices(h, m.intermediateSize, m.gated);
    const biases = m.bias ? (m.gated ? 2 : 1) * m.intermediateSize + h : 0;
    return { total: matrices + biases, active: matrices + biases, linearActive: matrices };
  }
  const expert = mlpMatrices(h, m.expertIntermediateSize, true);
  const shared = m.sharedExperts * mlpMatrices(h, m.sharedIntermediateSize, true);
  const router = h * m.numExperts + (m.sharedExpertGate ? h : 0);
  const alwaysOn = shared + router;
  return {
    total: m.numExperts * expert + alwaysOn,
    active: m.expertsPerToken * expert + alwaysOn,
    linearActive: m.expertsPerToken * expert + alwaysOn,
  };
}
