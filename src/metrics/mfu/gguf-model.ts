import { InputError, located } from '../../util/errors.js';
import { type GgufHeader, type GgufValue, readGgufHeader } from './gguf-header.js';
import { parseModelConfig } from './model-config.js';
import type { ModelSpec } from './model-spec.js';

/**
 * GGUF architecture → the Hugging Face model_type whose counting rules apply. llama.cpp writes
 * Mistral and Mixtral as `llama` (Mixtral with an expert count). Any other architecture is refused
 * by name rather than counted like one of these.
 */
const MODEL_TYPES: Record<string, string> = {
  llama: 'llama',
  qwen2: 'qwen2',
  qwen3: 'qwen3',
  qwen3moe: 'qwen3_moe',
  gemma2: 'gemma2',
  gemma3: 'gemma3_text',
  phi3: 'phi3',
};

/** llama.cpp's general.file_type for unquantized files → the dtype the GEMMs run in. */
const FILE_TYPES: Record<number, string> = { 0: 'float32', 1: 'float16', 32: 'bfloat16' };

/** ggml tensor types: [elements per block, bytes per block] (ggml.c type_traits). */
const GGML_BLOCKS: Record<number, [number, number]> = {
  0: [1, 4], 1: [1, 2], 2: [32, 18], 3: [32, 20], 6: [32, 22], 7: [32, 24], 8: [32, 34], 9: [32, 36],
  10: [256, 84], 11: [256, 110], 12: [256, 144], 13: [256, 176], 14: [256, 210], 15: [256, 292],
  24: [1, 1], 25: [1, 2], 26: [1, 4], 27: [1, 8], 28: [1, 8], 30: [1, 2],
};

/** Reads a GGUF file's header into a ModelSpec (docs/mfu.md, "Reading a GGUF model"). */
export function readGgufModelSpec(file: string): ModelSpec {
  return ggufModelSpec(readGgufHeader(file), file);
}

export function ggufModelSpec(header: GgufHeader, file: string): ModelSpec {
  const fail = (message: string) => new InputError(located(file, undefined, message));
  const meta = header.metadata;
  const arch = meta.get('general.architecture');
  if (typeof arch !== 'string') throw fail('the GGUF header has no general.architecture');
  const modelType = Object.hasOwn(MODEL_TYPES, arch) ? (MODEL_TYPES[arch] as string) : null;
  if (modelType === null) {
    throw fail(`GGUF architecture "${arch}" is not one infergate can count (it knows ${Object.keys(MODEL_TYPES).join(', ')}): MFU is not computed rather than guessed`);
  }
  const num = (key: string, required: boolean): number | null => {
    const value = meta.get(`${arch}.${key}`);
    if (value === undefined) {
      if (required) throw fail(`the GGUF header has no ${arch}.${key}, which the FLOP count needs`);
      return null;
    }
    const n = typeof value === 'bigint' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw fail(`${arch}.${key} must be a non-negative integer (per-layer values are not supported), got ${describe(value)}`);
    return n;
  };
  const hasTensor = (name: string) => header.tensors.some((t) => t.name === name);
  const experts = num('expert_count', false) ?? 0;

  const config: Record<string, unknown> = {
    model_type: modelType === 'llama' && experts > 1 ? 'mixtral' : modelType,
    architectures: [`gguf:${arch}`],
    hidden_size: num('embedding_length', true),
    num_hidden_layers: num('block_count', true),
    num_attention_heads: num('attention.head_count', true),
    num_key_value_heads: num('attention.head_count_kv', false),
    head_dim: num('attention.key_length', false),
    intermediate_size: num('feed_forward_length', true),
    vocab_size: num('vocab_size', false) ?? vocabularySize(header, fail),
    // Without an output.weight tensor llama.cpp reuses the token embedding as the head.
    tie_word_embeddings: !hasTensor('output.weight'),
    attention_bias: hasTensor('blk.0.attn_q.bias') && modelType !== 'qwen2',
    sliding_window: num('attention.sliding_window', false),
    torch_dtype: fileDtype(meta.get('general.file_type')),
  };
  if (experts > 1) {
    const used = num('expert_used_count', true);
    if (modelType === 'llama') Object.assign(config, { num_local_experts: experts, num_experts_per_tok: used });
    else Object.assign(config, { num_experts: experts, num_experts_per_tok: used, moe_intermediate_size: num('expert_feed_forward_length', true) });
  }
  const spec = parseModelConfig(config, file);
  return { ...spec, weightBytesPerParam: storedBytesPerWeight(header) };
}

function describe(value: GgufValue): string {
  if (typeof value === 'object') return `an array of ${value.length}`;
  return JSON.stringify(typeof value === 'bigint' ? value.toString() : value);
}

/** The vocabulary: the tokenizer's token list, else the embedding table's second dimension. */
function vocabularySize(header: GgufHeader, fail: (message: string) => InputError): number {
  const tokens = header.metadata.get('tokenizer.ggml.tokens');
  if (typeof tokens === 'object' && tokens !== null && typeof tokens !== 'bigint') return tokens.length;
  const embedding = header.tensors.find((t) => t.name === 'token_embd.weight');
  if (embedding && embedding.dims.length === 2) return embedding.dims[1] as number;
  throw fail('the GGUF header gives no vocabulary size (no vocab_size, tokenizer.ggml.tokens or token_embd.weight)');
}

function fileDtype(value: GgufValue | undefined): string | null {
  const n = typeof value === 'bigint' ? Number(value) : value;
  return typeof n === 'number' ? (FILE_TYPES[n] ?? null) : null;
}

/**
 * Bytes per weight as the file stores them: all tensor bytes over all tensor elements, from each
 * tensor's ggml block size. Null when a tensor type is not in the table (MBU then needs the dtype).
 */
export function storedBytesPerWeight(header: GgufHeader): number | null {
  let bytes = 0;
  let elements = 0;
  for (const tensor of header.tensors) {
    const block = GGML_BLOCKS[tensor.type];
    if (!block) return null;
    const n = tensor.dims.reduce((a, b) => a * b, 1);
    bytes += (n / block[0]) * block[1];
    elements += n;
  }
  return elements > 0 ? bytes / elements : null;
}
