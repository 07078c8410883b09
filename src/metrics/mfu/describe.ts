import { type AttentionConvention, flopsPerToken, requestFlops } from './flops.js';
import { kvBytesPerToken } from './kv-cache.js';
import { attentionTypeName, type ModelSpec } from './model-spec.js';
import { countParameters, FLOPS_USE } from './parameter-count.js';

/** What `infergate flops` prints: parameters, FLOPs per token and KV bytes per token of one config.json. */
export interface ModelDescription {
  model: {
    config: string;
    model_type: string | null;
    architecture: string | null;
    torch_dtype: string | null;
    from_text_config: boolean;
    layers: number;
    hidden_size: number;
    vocab_size: number;
    tie_word_embeddings: boolean;
    /** Layer count per mixer type (mha, gqa, mqa, mla, gated-deltanet, mamba). */
    attention: Record<string, number>;
    sliding_window_layers: number;
    chunked_attention_layers: number;
    moe_layers: number;
  };
  parameters: {
    total: number;
    /** What one token touches, the input embedding included. */
    active: number;
    /** `active` less the token and position embedding tables (looked up, not multiplied). */
    active_without_embedding: number;
    /** `active_without_embedding` less the output head (Qwen's and Gemma's "non-embedding"). */
    active_non_embedding: number;
    embedding: number;
    position_embedding: number;
    lm_head: number;
    linear_active: number;
    /** Which count the FLOPs use, in words. */
    flops_use: string;
  };
  flops_per_token: {
    /** 2 × linear_active: one forwarded token through the weight matrices. */
    linear: number;
    /** 2 × hidden × vocab: one generated token's logits. */
    logits: number;
    /** Per attended position of one query, all softmax-attention layers. */
    attention_per_position: number;
    /** Per token: the fixed-size state of linear-attention and Mamba layers. */
    recurrent: number;
  };
  kv_cache: { bytes_per_element: number; bytes_per_token: number };
  request?: {
    prompt_tokens: number;
    output_tokens: number;
    attention_convention: AttentionConvention;
    prefill_flops: number;
    decode_flops: number;
    total_flops: number;
    /** prefill_flops / prompt_tokens. */
    prefill_flops_per_token: number | null;
    /** decode_flops / (output_tokens − 1): the tokens fed back. */
    decode_flops_per_token: number | null;
  };
}

export function describeModel(spec: ModelSpec, options: { kvBytesPerElement?: number; promptTokens?: number; outputTokens?: number; attention?: AttentionConvention } = {}): ModelDescription {
  const params = countParameters(spec);
  const perToken = flopsPerToken(spec);
  const kvBytesPerElement = options.kvBytesPerElement ?? 2;
  const attention: Record<string, number> = {};
  let sliding = 0;
  let chunked = 0;
  let moe = 0;
  for (const layer of spec.layers) {
    const name = attentionTypeName(layer.attention);
    attention[name] = (attention[name] ?? 0) + 1;
    if (layer.attention.slidingWindow !== null) sliding++;
    if (layer.attention.chunkSize !== null) chunked++;
    if (layer.mlp.kind === 'moe') moe++;
  }
  const description: ModelDescription = {
    model: {
      config: spec.source,
      model_type: spec.modelType,
      architecture: spec.architecture,
      torch_dtype: spec.torchDtype,
      from_text_config: spec.fromTextConfig,
      layers: spec.layers.length,
      hidden_size: spec.hiddenSize,
      vocab_size: spec.vocabSize,
      tie_word_embeddings: spec.tieWordEmbeddings,
      attention,
      sliding_window_layers: sliding,
      chunked_attention_layers: chunked,
      moe_layers: moe,
    },
    parameters: {
      total: params.total,
      active: params.active,
      active_without_embedding: params.activeWithoutEmbedding,
      active_non_embedding: params.activeNonEmbedding,
      embedding: params.embedding,
      position_embedding: params.positionEmbedding,
      lm_head: params.lmHead,
      linear_active: params.linearActive,
      flops_use: FLOPS_USE,
    },
    flops_per_token: { linear: perToken.linear, logits: perToken.logits, attention_per_position: perToken.attentionPerPosition, recurrent: perToken.recurrent },
    kv_cache: { bytes_per_element: kvBytesPerElement, bytes_per_token: kvBytesPerToken(spec, kvBytesPerElement) },
  };
  if (options.promptTokens !== undefined || options.outputTokens !== undefined) {
    const P = options.promptTokens ?? 0;
    const G = options.outputTokens ?? 0;
    const convention = options.attention ?? 'causal';
    const f = requestFlops(spec, P, G, convention, perToken);
    description.request = {
      prompt_tokens: P,
      output_tokens: G,
      attention_convention: convention,
      prefill_flops: f.prefill,
      decode_flops: f.decode,
      total_flops: f.total,
      prefill_flops_per_token: P > 0 ? f.prefill / P : null,
      decode_flops_per_token: G > 1 ? f.decode / (G - 1) : null,
    };
  }
  return description;
}
