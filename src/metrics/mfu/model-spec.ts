/**
 * The shape of a decoder-only language model as far as FLOPs, parameters and KV-cache bytes need it,
 * read from a Hugging Face config.json (model-config.ts) or a GGUF header (gguf-model.ts). One entry
 * per layer, because models mix layer kinds: dense and expert MLPs, sliding-window, chunked and
 * global attention, and linear-attention or state-space layers beside softmax attention.
 */

/** Multi-head, grouped-query or multi-query softmax attention: separate q/k/v/o projections. */
export interface StandardAttention {
  kind: 'standard';
  numQueryHeads: number;
  numKvHeads: number;
  /** Width of one query/key head. */
  headDim: number;
  /** Width of one value head (equal to headDim for every model we know of). */
  vHeadDim: number;
  /** q, k and v projections carry a bias (Qwen2, GPT-2, or `attention_bias: true`). */
  qkvBias: boolean;
  /** The output projection carries a bias (GPT-2, `attention_bias: true` in Llama-family configs). */
  outBias: boolean;
  /** Qwen3-Next: q_proj also emits a sigmoid output gate, doubling its width. */
  queryGate: boolean;
  /** Weights of q/k normalization (Qwen3 and Gemma-3: one head_dim vector each; OLMo-2: the full width). */
  qkNormWeights: number;
  /** Positions a token can attend to in this layer; null = the whole context (or its chunk). */
  slidingWindow: number | null;
  /** Llama-4 chunked attention: a token attends only within its block of this many positions. */
  chunkSize: number | null;
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
  chunkSize: null;
}

/**
 * Gated DeltaNet (Qwen3-Next's linear attention): a fixed-size state per value head updated once per
 * token, so its cost does not grow with the context.
 */
export interface GatedDeltaNet {
  kind: 'gated-deltanet';
  numKeyHeads: number;
  numValueHeads: number;
  keyHeadDim: number;
  valueHeadDim: number;
  convKernel: number;
  slidingWindow: null;
  chunkSize: null;
}

/** A Mamba (selective state-space) mixer, as in Mamba, Falcon-Mamba and Jamba. */
export interface MambaMixer {
  kind: 'mamba';
  /** d_inner = expand · hidden. */
  innerSize: number;
  stateSize: number;
  dtRank: number;
  convKernel: number;
  convBias: boolean;
  /** in_proj and out_proj carry biases. */
  projBias: boolean;
  /** Jamba normalizes Δ, B and C (dt_rank + 2 · state weights). */
  innerNorms: boolean;
  slidingWindow: null;
  chunkSize: null;
}

/** The token mixer of a layer. Its field is still named `attention`, the mixer most layers have. */
export type AttentionSpec = StandardAttention | LatentAttention | GatedDeltaNet | MambaMixer;
export type SoftmaxAttention = StandardAttention | LatentAttention;

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
  /** Always-active experts (DeepSeek `n_shared_experts`; Qwen-MoE's and Llama-4's one shared expert). */
  sharedExperts: number;
  sharedIntermediateSize: number;
  /** Qwen-MoE scales its shared expert by a sigmoid gate (one h×1 matrix). */
  sharedExpertGate: boolean;
  /** DeepSeek-V3's per-expert routing bias (`e_score_correction_bias`). */
  routerBias: boolean;
}

/** Mamba-only layers have no MLP. */
export interface NoMlp {
  kind: 'none';
}

export type MlpSpec = DenseMlp | MoeMlp | NoMlp;

export interface LayerSpec {
  attention: AttentionSpec;
  mlp: MlpSpec;
  /** Parameters of the layer's norms (2·h for pre-norm Llama, 4·h for Gemma-2's sandwich, 4·h for GPT-2's LayerNorm weight and bias). */
  normWeights: number;
}

export interface ModelSpec {
  /** The config.json or GGUF file it was read from. */
  source: string;
  modelType: string | null;
  architecture: string | null;
  /** `torch_dtype` / `dtype` of the checkpoint (or the GGUF file type), when known. */
  torchDtype: string | null;
  /** True when the fields came from a nested `text_config` (multimodal wrappers). */
  fromTextConfig: boolean;
  hiddenSize: number;
  vocabSize: number;
  tieWordEmbeddings: boolean;
  /** Learned absolute position embeddings (GPT-2's wpe): n_positions · h; 0 for rotary models. */
  positionEmbeddings: number;
  /** Parameters of the final norm before the head (h; 2·h for a LayerNorm with bias). */
  finalNormWeights: number;
  layers: LayerSpec[];
  /** Bytes per weight as the file stores them, when the file says (GGUF tensor types); else the GEMM precision decides. */
  weightBytesPerParam?: number | null;
}

/** mha / gqa / mqa / mla, as people name the attention variants; linear mixers by their own name. */
export function attentionTypeName(attention: AttentionSpec): 'mha' | 'gqa' | 'mqa' | 'mla' | 'gated-deltanet' | 'mamba' {
  if (attention.kind !== 'standard') return attention.kind;
  if (attention.numKvHeads === 1 && attention.numQueryHeads > 1) return 'mqa';
  if (attention.numKvHeads < attention.numQueryHeads) return 'gqa';
  return 'mha';
}

/** Softmax attention keeps a KV cache and attends over positions; the linear mixers keep a fixed state. */
export function isSoftmaxAttention(attention: AttentionSpec): attention is SoftmaxAttention {
  return attention.kind === 'standard' || attention.kind === 'mla';
}
