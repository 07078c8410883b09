import type { ConfigReader } from './config-reader.js';
import type { LayerKind } from './layer-kinds.js';
import type { FamilyTraits } from './model-families.js';
import type { AttentionSpec, GatedDeltaNet, LatentAttention, MambaMixer, StandardAttention } from './model-spec.js';

interface Shape {
  modelType: string;
  family: FamilyTraits;
  hiddenSize: number;
}

/** Builds the token mixer for each layer kind; the spec of each kind is read once and shared. */
export function mixerBuilder(r: ConfigReader, shape: Shape): (kind: LayerKind) => AttentionSpec {
  const cache = new Map<LayerKind, AttentionSpec>();
  return (kind) => {
    let mixer = cache.get(kind);
    if (!mixer) {
      mixer = buildMixer(r, shape, kind);
      cache.set(kind, mixer);
    }
    return mixer;
  };
}

function buildMixer(r: ConfigReader, shape: Shape, kind: LayerKind): AttentionSpec {
  switch (kind) {
    case 'linear_attention':
      return gatedDeltaNet(r, shape);
    case 'mamba':
      return mambaMixer(r, shape);
    default:
      return r.int(['kv_lora_rank']) !== null ? latentAttention(r) : standardAttention(r, shape, kind);
  }
}

function latentAttention(r: ConfigReader): LatentAttention {
  return {
    kind: 'mla',
    numQueryHeads: r.positive(['num_attention_heads']),
    qLoraRank: r.int(['q_lora_rank']),
    kvLoraRank: r.need(['kv_lora_rank']),
    qkNopeHeadDim: r.need(['qk_nope_head_dim']),
    qkRopeHeadDim: r.need(['qk_rope_head_dim']),
    vHeadDim: r.need(['v_head_dim']),
    slidingWindow: null,
    chunkSize: null,
  };
}

function standardAttention(r: ConfigReader, shape: Shape, kind: LayerKind): StandardAttention {
  const numHeads = r.positive(['num_attention_heads', 'n_head']);
  const numKvHeads = r.int(['num_key_value_heads', 'n_head_kv', 'num_kv_heads']) ?? (r.bool('multi_query') === true ? 1 : numHeads);
  if (numKvHeads === 0 || numHeads % numKvHeads !== 0) {
    throw r.fail(`${r.where('num_key_value_heads')} (${numKvHeads}) must divide num_attention_heads (${numHeads})`);
  }
  const explicitHeadDim = r.int(['head_dim']);
  if (explicitHeadDim === null && shape.hiddenSize % numHeads !== 0) {
    throw r.fail(`hidden_size (${shape.hiddenSize}) is not a multiple of num_attention_heads (${numHeads}) and no head_dim is given`);
  }
  const headDim = explicitHeadDim ?? shape.hiddenSize / numHeads;
  const attentionBias = shape.family.allBiases || r.bool('attention_bias') === true;
  const qkNormWeights = shape.family.qkNorm === 'per-head' ? 2 * headDim : shape.family.qkNorm === 'full-width' ? (numHeads + numKvHeads) * headDim : 0;
  return {
    kind: 'standard',
    numQueryHeads: numHeads,
    numKvHeads,
    headDim,
    vHeadDim: headDim,
    qkvBias: attentionBias || shape.family.qkvBias,
    outBias: attentionBias,
    // Qwen3-Next's full-attention layers gate their output with a second half of q_proj.
    queryGate: shape.modelType === 'qwen3_next' && r.bool('attn_output_gate') !== false,
    qkNormWeights,
    slidingWindow: kind === 'sliding_attention' ? windowOf(r) : null,
    chunkSize: kind === 'chunked_attention' ? r.positive(['attention_chunk_size']) : null,
  };
}

function windowOf(r: ConfigReader): number {
  const window = r.int(['sliding_window']);
  if (window === null || window === 0) throw r.fail('the config has sliding_attention layers but no positive sliding_window');
  return window;
}

function gatedDeltaNet(r: ConfigReader, shape: Shape): GatedDeltaNet {
  if (shape.modelType !== 'qwen3_next') throw r.fail(`linear_attention layers are counted only for qwen3_next (Gated DeltaNet); model_type "${shape.modelType}" names no such layer`);
  return {
    kind: 'gated-deltanet',
    numKeyHeads: r.positive(['linear_num_key_heads']),
    numValueHeads: r.positive(['linear_num_value_heads']),
    keyHeadDim: r.positive(['linear_key_head_dim']),
    valueHeadDim: r.positive(['linear_value_head_dim']),
    convKernel: r.positive(['linear_conv_kernel_dim']),
    slidingWindow: null,
    chunkSize: null,
  };
}

/** Mamba's Δ rank: an integer, or "auto" = ⌈hidden / 16⌉ as in the Mamba and Jamba config classes. */
function dtRank(r: ConfigReader, key: string, hiddenSize: number): number {
  if (r.cfg[key] === 'auto' || r.cfg[key] === undefined) return Math.ceil(hiddenSize / 16);
  return r.positive([key]);
}

function mambaMixer(r: ConfigReader, shape: Shape): MambaMixer {
  const h = shape.hiddenSize;
  if (shape.modelType === 'jamba') {
    return {
      kind: 'mamba',
      innerSize: (r.int(['mamba_expand']) ?? 2) * h,
      stateSize: r.int(['mamba_d_state']) ?? 16,
      dtRank: dtRank(r, 'mamba_dt_rank', h),
      convKernel: r.int(['mamba_d_conv']) ?? 4,
      convBias: r.bool('mamba_conv_bias') ?? true,
      projBias: r.bool('mamba_proj_bias') ?? false,
      innerNorms: true,
      slidingWindow: null,
      chunkSize: null,
    };
  }
  if (shape.family.layout !== 'mamba') throw r.fail(`mamba layers are counted only for mamba, falcon_mamba and jamba; model_type "${shape.modelType}" names no such layer`);
  return {
    kind: 'mamba',
    // The config classes take intermediate_size when given, else expand · hidden.
    innerSize: r.int(['intermediate_size']) ?? (r.int(['expand']) ?? 2) * h,
    stateSize: r.int(['state_size']) ?? 16,
    dtRank: dtRank(r, 'time_step_rank', h),
    convKernel: r.int(['conv_kernel']) ?? 4,
    convBias: r.bool('use_conv_bias') ?? true,
    projBias: r.bool('use_bias') ?? false,
    innerNorms: false,
    slidingWindow: null,
    chunkSize: null,
  };
}
