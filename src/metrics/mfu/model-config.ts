import { readFileSync } from 'node:fs';
import { InputError, located } from '../../util/errors.js';
import { decodeUtf8Text } from '../../util/utf8-text.js';
import type { AttentionSpec, LayerSpec, MlpSpec, ModelSpec } from './model-spec.js';

/**
 * Reads a Hugging Face config.json into a ModelSpec. Multimodal wrappers keep the language model
 * under `text_config`; its fields win over the wrapper's, and the wrapper fills what it lacks
 * (e.g. `tie_word_embeddings`, which some wrappers keep at the top level).
 */
export function readModelSpec(configJsonPath: string): ModelSpec {
  let bytes: Buffer;
  try {
    bytes = readFileSync(configJsonPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(located(configJsonPath, undefined, code === 'ENOENT' ? 'model config.json not found' : `cannot read model config.json (${code ?? String(error)})`));
  }
  const text = decodeUtf8Text(bytes, configJsonPath);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(located(configJsonPath, undefined, `not valid JSON (${(error as Error).message})`));
  }
  return parseModelConfig(raw, configJsonPath);
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Model types whose MLP is up/down only (2 matrices); every other family we know is gated. */
const PLAIN_MLP_TYPES = new Set(['gpt2', 'gpt_neox', 'gptj', 'opt', 'bloom', 'falcon', 'phi', 'gpt_bigcode', 'starcoder2', 'mpt', 'codegen', 'gpt_neo']);

/** Model types whose config class defaults `tie_word_embeddings` to false (HF's base default is true). */
const UNTIED_BY_DEFAULT = new Set(['llama', 'mistral', 'mixtral', 'qwen2', 'qwen2_moe', 'qwen3', 'qwen3_moe', 'deepseek_v2', 'deepseek_v3', 'phi3', 'olmo', 'olmo2']);

/** Qwen2-family attention always has q/k/v biases; the config has no flag for it. */
const QKV_BIAS_TYPES = new Set(['qwen2', 'qwen2_moe']);

/** Parses an already-decoded config.json; `file` names it in errors. Exported for tests and callers holding JSON. */
export function parseModelConfig(raw: unknown, file: string): ModelSpec {
  if (!isObject(raw)) throw new InputError(located(file, undefined, 'model config must be a JSON object'));
  const nested = isObject(raw.text_config) ? raw.text_config : null;
  const cfg: Json = nested ? { ...raw, ...nested } : raw;
  const where = (key: string) => (nested && key in nested ? `text_config.${key}` : key);

  const int = (keys: string[], required: boolean): number | null => {
    for (const key of keys) {
      const value = cfg[key];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        throw new InputError(located(file, undefined, `${where(key)} must be a non-negative integer, got ${JSON.stringify(value)}`));
      }
      return value;
    }
    if (required) throw new InputError(located(file, undefined, `missing ${keys.map(where).join(' or ')}: cannot count parameters or FLOPs without it`));
    return null;
  };
  const need = (keys: string[]): number => int(keys, true) as number;
  const positive = (keys: string[]): number => {
    const value = need(keys);
    if (value === 0) throw new InputError(located(file, undefined, `${where(keys[0] as string)} must be positive`));
    return value;
  };
  const str = (key: string): string | null => (typeof cfg[key] === 'string' ? (cfg[key] as string) : null);
  const bool = (key: string): boolean | null => {
    const value = cfg[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'boolean') throw new InputError(located(file, undefined, `${where(key)} must be true or false, got ${JSON.stringify(value)}`));
    return value;
  };

  const modelType = str('model_type');
  const architectures = Array.isArray(cfg.architectures) ? cfg.architectures.filter((a): a is string => typeof a === 'string') : [];
  const hiddenSize = positive(['hidden_size', 'n_embd', 'd_model']);
  const numLayers = positive(['num_hidden_layers', 'n_layer', 'num_layers']);
  const numHeads = positive(['num_attention_heads', 'n_head']);
  const vocabSize = positive(['vocab_size']);
  const tie = bool('tie_word_embeddings') ?? !(modelType !== null && UNTIED_BY_DEFAULT.has(modelType));

  const attentionFor = buildAttention(cfg, file, { modelType, hiddenSize, numHeads, numLayers, int, need, bool, where });
  const mlpFor = buildMlp(cfg, file, { modelType, hiddenSize, numLayers, int, need, bool, where });

  const layers: LayerSpec[] = [];
  for (let i = 0; i < numLayers; i++) layers.push({ attention: attentionFor(i), mlp: mlpFor(i) });

  return {
    source: file,
    modelType,
    architecture: architectures[0] ?? null,
    torchDtype: str('torch_dtype') ?? str('dtype'),
    fromTextConfig: nested !== null,
    hiddenSize,
    vocabSize,
    tieWordEmbeddings: tie,
    layers,
  };
}

interface Readers {
  modelType: string | null;
  hiddenSize: number;
  numLayers: number;
  int: (keys: string[], required: boolean) => number | null;
  need: (keys: string[]) => number;
  bool: (key: string) => boolean | null;
  where: (key: string) => string;
}

function buildAttention(cfg: Json, file: string, r: Readers & { numHeads: number }): (layer: number) => AttentionSpec {
  const kvLoraRank = r.int(['kv_lora_rank'], false);
  if (kvLoraRank !== null) {
    const mla: AttentionSpec = {
      kind: 'mla',
      numQueryHeads: r.numHeads,
      qLoraRank: r.int(['q_lora_rank'], false),
      kvLoraRank,
      qkNopeHeadDim: r.need(['qk_nope_head_dim']),
      qkRopeHeadDim: r.need(['qk_rope_head_dim']),
      vHeadDim: r.need(['v_head_dim']),
      slidingWindow: null,
    };
    return () => mla;
  }
  const multiQuery = r.bool('multi_query') === true;
  const numKvHeads = r.int(['num_key_value_heads', 'n_head_kv', 'num_kv_heads'], false) ?? (multiQuery ? 1 : r.numHeads);
  if (numKvHeads === 0 || r.numHeads % numKvHeads !== 0) {
    throw new InputError(located(file, undefined, `${r.where('num_key_value_heads')} (${numKvHeads}) must divide num_attention_heads (${r.numHeads})`));
  }
  const explicitHeadDim = r.int(['head_dim'], false);
  if (explicitHeadDim === null && r.hiddenSize % r.numHeads !== 0) {
    throw new InputError(located(file, undefined, `hidden_size (${r.hiddenSize}) is not a multiple of num_attention_heads (${r.numHeads}) and no head_dim is given`));
  }
  const headDim = explicitHeadDim ?? r.hiddenSize / r.numHeads;
  const attentionBias = r.bool('attention_bias') === true;
  const qkvBias = attentionBias || (r.modelType !== null && QKV_BIAS_TYPES.has(r.modelType));
  const windowOf = slidingWindows(cfg, file, r);
  return (layer) => ({
    kind: 'standard',
    numQueryHeads: r.numHeads,
    numKvHeads,
    headDim,
    vHeadDim: headDim,
    qkvBias,
    outBias: attentionBias,
    slidingWindow: windowOf(layer),
  });
}

/**
 * Which layers use a sliding window, following each family's convention: an explicit `layer_types`
 * list wins; `use_sliding_window: false` turns it off (Qwen2 ships a window it does not use); Qwen2
 * applies the window from layer `max_window_layers` on; otherwise a numeric `sliding_window` applies
 * to every layer (Mistral).
 */
function slidingWindows(cfg: Json, file: string, r: Readers): (layer: number) => number | null {
  const window = r.int(['sliding_window'], false);
  const layerTypes = cfg.layer_types;
  if (Array.isArray(layerTypes)) {
    if (layerTypes.length < r.numLayers) {
      throw new InputError(located(file, undefined, `${r.where('layer_types')} lists ${layerTypes.length} layers but num_hidden_layers is ${r.numLayers}`));
    }
    return (layer) => {
      if (layerTypes[layer] !== 'sliding_attention') return null;
      if (window === null) throw new InputError(located(file, undefined, `${r.where('layer_types')} has sliding_attention layers but no sliding_window is given`));
      return window;
    };
  }
  if (window === null || r.bool('use_sliding_window') === false) return () => null;
  if (r.modelType !== null && QKV_BIAS_TYPES.has(r.modelType)) {
    const from = r.int(['max_window_layers'], false) ?? 0;
    return (layer) => (layer >= from ? window : null);
  }
  return () => window;
}

function buildMlp(cfg: Json, file: string, r: Readers): (layer: number) => MlpSpec {
  const gated = !(r.modelType !== null && PLAIN_MLP_TYPES.has(r.modelType));
  const intermediate = r.int(['intermediate_size', 'n_inner', 'ffn_dim'], false) ?? 4 * r.hiddenSize;
  const dense: MlpSpec = { kind: 'dense', intermediateSize: intermediate, gated, bias: r.bool('mlp_bias') === true };

  // DeepSeek-V2/V3: n_routed_experts, shared experts, the first k layers dense, then every moe_layer_freq-th.
  const routed = r.int(['n_routed_experts'], false);
  if (routed !== null && routed > 0) {
    const moe: MlpSpec = {
      kind: 'moe',
      numExperts: routed,
      expertsPerToken: r.need(['num_experts_per_tok']),
      expertIntermediateSize: r.need(['moe_intermediate_size']),
      sharedExperts: r.int(['n_shared_experts'], false) ?? 0,
      sharedIntermediateSize: r.need(['moe_intermediate_size']),
      sharedExpertGate: false,
    };
    const firstDense = r.int(['first_k_dense_replace'], false) ?? 0;
    const freq = r.int(['moe_layer_freq'], false) ?? 1;
    if (freq === 0) throw new InputError(located(file, undefined, `${r.where('moe_layer_freq')} must be positive`));
    return (layer) => (layer >= firstDense && layer % freq === 0 ? moe : dense);
  }

  // Mixtral: num_local_experts experts of intermediate_size each, no shared expert.
  const local = r.int(['num_local_experts'], false);
  if (local !== null && local > 1) {
    const moe: MlpSpec = {
      kind: 'moe',
      numExperts: local,
      expertsPerToken: r.need(['num_experts_per_tok']),
      expertIntermediateSize: r.int(['moe_intermediate_size'], false) ?? intermediate,
      sharedExperts: 0,
      sharedIntermediateSize: 0,
      sharedExpertGate: false,
    };
    return () => moe;
  }

  // Qwen-MoE: num_experts of moe_intermediate_size; Qwen2-MoE adds one gated shared expert;
  // decoder_sparse_step and mlp_only_layers pick which layers are sparse.
  const experts = r.int(['num_experts'], false);
  if (experts !== null && experts > 1) {
    const shared = r.int(['shared_expert_intermediate_size'], false) ?? 0;
    const moe: MlpSpec = {
      kind: 'moe',
      numExperts: experts,
      expertsPerToken: r.need(['num_experts_per_tok']),
      expertIntermediateSize: r.need(['moe_intermediate_size']),
      sharedExperts: shared > 0 ? 1 : 0,
      sharedIntermediateSize: shared,
      sharedExpertGate: shared > 0,
    };
    const step = r.int(['decoder_sparse_step'], false) ?? 1;
    if (step === 0) throw new InputError(located(file, undefined, `${r.where('decoder_sparse_step')} must be positive`));
    const mlpOnly = Array.isArray(cfg.mlp_only_layers) ? new Set(cfg.mlp_only_layers as unknown[]) : new Set<unknown>();
    return (layer) => (!mlpOnly.has(layer) && (layer + 1) % step === 0 ? moe : dense);
  }
  return () => dense;
}
