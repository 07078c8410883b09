/**
 * What each model family's config leaves implicit, from its Hugging Face modeling code: which layers
 * use which mixer, the norms and biases a layer carries, the defaults of its config class. A model
 * type missing from this table is refused (docs/mfu.md): counting it like Llama would be a silently
 * wrong figure.
 */
export interface FamilyTraits {
  /** Default of `tie_word_embeddings` in the family's config class. */
  tiedByDefault: boolean;
  /** How the family lays out layer kinds when the config has no `layer_types` (layer-kinds.ts). */
  layout: 'uniform' | 'alternating-sliding' | 'sliding-pattern' | 'qwen-window' | 'all-sliding' | 'linear-interval' | 'jamba' | 'mamba' | 'llama4';
  /** Norm parameters per layer, in units of hidden_size (2 pre-norms; 4 for sandwich norms or LayerNorm with bias). */
  normsPerLayer: number;
  /** Final norm parameters in units of hidden_size. */
  finalNorm: number;
  /** q/k normalization weights: per head_dim vector, over the full projection width, or none. */
  qkNorm: 'none' | 'per-head' | 'full-width';
  /** q, k, v projections always carry a bias (Qwen2); otherwise `attention_bias` decides. */
  qkvBias: boolean;
  /** Every linear layer has a bias (GPT-2). */
  allBiases: boolean;
  /** MLP with up/down only (GPT-2) rather than gate/up/down. */
  plainMlp: boolean;
  /** Learned absolute position embeddings of n_positions rows (GPT-2). */
  positionEmbeddings: boolean;
}

const llamaLike: FamilyTraits = {
  tiedByDefault: false,
  layout: 'uniform',
  normsPerLayer: 2,
  finalNorm: 1,
  qkNorm: 'none',
  qkvBias: false,
  allBiases: false,
  plainMlp: false,
  positionEmbeddings: false,
};

const gemma3: FamilyTraits = { ...llamaLike, tiedByDefault: true, layout: 'sliding-pattern', normsPerLayer: 4, qkNorm: 'per-head' };
const llama4: FamilyTraits = { ...llamaLike, layout: 'llama4' };
const mamba: FamilyTraits = { ...llamaLike, tiedByDefault: true, layout: 'mamba', normsPerLayer: 1 };

export const FAMILIES: Readonly<Record<string, FamilyTraits>> = {
  llama: llamaLike,
  mistral: { ...llamaLike, layout: 'all-sliding' },
  mixtral: { ...llamaLike, layout: 'all-sliding' },
  phi3: { ...llamaLike, layout: 'all-sliding' },
  qwen2: { ...llamaLike, layout: 'qwen-window', qkvBias: true },
  qwen2_moe: { ...llamaLike, layout: 'qwen-window', qkvBias: true },
  qwen3: { ...llamaLike, layout: 'qwen-window', qkNorm: 'per-head' },
  qwen3_moe: { ...llamaLike, layout: 'qwen-window', qkNorm: 'per-head' },
  qwen3_next: { ...llamaLike, layout: 'linear-interval', qkNorm: 'per-head' },
  deepseek_v2: llamaLike,
  deepseek_v3: llamaLike,
  olmo2: { ...llamaLike, qkNorm: 'full-width' },
  gemma: { ...llamaLike, tiedByDefault: true },
  gemma2: { ...llamaLike, tiedByDefault: true, layout: 'alternating-sliding', normsPerLayer: 4 },
  gemma3,
  gemma3_text: gemma3,
  llama4,
  llama4_text: llama4,
  gpt2: { ...llamaLike, tiedByDefault: true, normsPerLayer: 4, finalNorm: 2, allBiases: true, plainMlp: true, positionEmbeddings: true },
  jamba: { ...llamaLike, layout: 'jamba' },
  mamba,
  falcon_mamba: mamba,
};

export function familyOf(modelType: string): FamilyTraits | null {
  return Object.hasOwn(FAMILIES, modelType) ? (FAMILIES[modelType] as FamilyTraits) : null;
}
