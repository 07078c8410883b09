/**
 * The shape of a decoder-only transformer as far as FLOPs, parameters and KV-cache bytes need it,
 * read from a Hugging Face config.json (model-config.ts). One entry per layer, because MoE models
 * mix dense and expert layers and some models mix sliding-window and full-attention layers.
 */

/** Multi-head, grouped-query or multi-query attention: separate q/k/v/o projections. */
export interface StandardAttention {
  kind: 'standard';
  numQueryHeads: number;
  numKvHeads: number;
  /** Width of one query/key head. */
  headDim: number;
  /** Width of one value head (equal to headDim for every model we know of). */
  vHeadDim: number;
  /** q, k and v projections carry a bias (Qwen2, or `attention_bias: true`). */
  qkvBias: boolean;
  /** The output projection carries a bias (`attention_bias: true` in Llama-family configs). */
  outBias: boolean;
  /** Positions a token can attend to in this layer; null = the whole context. */
  slidingWindow: number | null;
}

/** DeepSeek multi-head latent attention: low-rank q and kv, a compressed latent in the KV cache. */
export interface LatentAttention {
  kind: 'mla';
  numQueryHeads: number;
  /** Rank of the query down-projection; null when q is projected directly (DeepSeek-V2-Lite). */
  qLoraRank: number | null;
  kvLoraRank: number;
  qkNopeHeadDim: number;
  qkRopeHeadDim: number;
  vHeadDim: number;
  slidingWindow: null;
}

export type AttentionSpec = StandardAttention | LatentAttention;

export interface DenseMlp {
  kind: 'dense';
  intermediateSize: number;
  /** Gated (gate, up, down: 3 matrices, SwiGLU-style) or plain (up, down: 2 matrices). */
  gated: boolean;
  bias: boolean;
}

export interface MoeMlp {
  kind: 'moe';
  numExperts: number;
  expertsPerToken: number;
  expertIntermediateSize: number;
  /** Always-active experts (DeepSeek `n_shared_experts`; Qwen-MoE's one shared expert). */
  sharedExperts: number;
  sharedIntermediateSize: number;
  /** Qwen-MoE scales its shared expert by a sigmoid gate (one h×1 matrix). */
  sharedExpertGate: boolean;
}

export type MlpSpec = DenseMlp | MoeMlp;

export interface LayerSpec {
  attention: AttentionSpec;
  mlp: MlpSpec;
}

export interface ModelSpec {
  /** The config.json it was read from. */
  source: string;
  modelType: string | null;
  architecture: string | null;
  /** `torch_dtype` / `dtype` of the checkpoint, when the config says. */
  torchDtype: string | null;
  /** True when the fields came from a nested `text_config` (multimodal wrappers). */
  fromTextConfig: boolean;
  hiddenSize: number;
  vocabSize: number;
  tieWordEmbeddings: boolean;
  layers: LayerSpec[];
}

/** mha / gqa / mqa / mla, as people name the attention variants. */
export function attentionTypeName(attention: AttentionSpec): 'mha' | 'gqa' | 'mqa' | 'mla' {
  if (attention.kind === 'mla') return 'mla';
  if (attention.numKvHeads === 1 && attention.numQueryHeads > 1) return 'mqa';
  if (attention.numKvHeads < attention.numQueryHeads) return 'gqa';
  return 'mha';
}
