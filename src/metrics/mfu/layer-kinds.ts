import type { ConfigReader } from './config-reader.js';
import type { FamilyTraits } from './model-families.js';

/** The layer kinds infergate can count, in the names `layer_types` uses. */
export const LAYER_KINDS = ['full_attention', 'sliding_attention', 'chunked_attention', 'linear_attention', 'mamba'] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

/** Jamba's `layers_block_type` names. */
const BLOCK_TYPES: Record<string, LayerKind> = { attention: 'full_attention', mamba: 'mamba' };

/**
 * The kind of every layer: from the config's own `layer_types` (or Jamba's `layers_block_type`) when
 * it has one, else from the family's layout as its modeling code derives it. A kind infergate does
 * not know is refused by name: counting it as something else would be a silently wrong figure.
 */
export function layerKinds(r: ConfigReader, family: FamilyTraits, numLayers: number): LayerKind[] {
  const listed = listedKinds(r, numLayers);
  if (listed) return listed;
  const kinds: LayerKind[] = [];
  for (let i = 0; i < numLayers; i++) kinds.push(defaultKind(r, family, i));
  return kinds;
}

function listedKinds(r: ConfigReader, numLayers: number): LayerKind[] | null {
  for (const [key, names] of [['layer_types', null], ['layers_block_type', BLOCK_TYPES]] as const) {
    const value = r.cfg[key];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) throw r.fail(`${r.where(key)} must be a list of layer kinds`);
    if (value.length < numLayers) throw r.fail(`${r.where(key)} lists ${value.length} layers but num_hidden_layers is ${numLayers}`);
    return value.slice(0, numLayers).map((entry, i) => {
      const kind = names ? names[String(entry)] : LAYER_KINDS.find((k) => k === entry);
      if (kind === undefined) {
        const known = names ? Object.keys(names) : LAYER_KINDS;
        throw r.fail(`${r.where(key)}[${i}] is ${JSON.stringify(entry)}, a layer kind infergate cannot count (it knows ${known.join(', ')}): MFU is not computed rather than guessed`);
      }
      return kind;
    });
  }
  return null;
}

function defaultKind(r: ConfigReader, family: FamilyTraits, i: number): LayerKind {
  const windowed = r.int(['sliding_window']) !== null;
  switch (family.layout) {
    case 'uniform':
      return 'full_attention';
    case 'all-sliding':
      return windowed ? 'sliding_attention' : 'full_attention';
    case 'alternating-sliding':
      // Gemma-2: even layers (0, 2, …) use the local window, odd layers attend globally.
      return windowed && i % 2 === 0 ? 'sliding_attention' : 'full_attention';
    case 'sliding-pattern': {
      // Gemma-3: every sliding_window_pattern-th layer (default 6) is global, the others local.
      const pattern = r.int(['sliding_window_pattern']) ?? 6;
      return windowed && pattern > 0 && (i + 1) % pattern !== 0 ? 'sliding_attention' : 'full_attention';
    }
    case 'qwen-window': {
      // Qwen2/Qwen3 ship a window they do not use unless use_sliding_window is true; then it applies
      // from layer max_window_layers on.
      if (!windowed || r.bool('use_sliding_window') !== true) return 'full_attention';
      return i >= (r.int(['max_window_layers']) ?? 0) ? 'sliding_attention' : 'full_attention';
    }
    case 'linear-interval': {
      // Qwen3-Next: one full-attention layer every full_attention_interval (default 4), Gated DeltaNet otherwise.
      const interval = r.int(['full_attention_interval']) ?? 4;
      return interval > 0 && (i + 1) % interval === 0 ? 'full_attention' : 'linear_attention';
    }
    case 'jamba': {
      const period = r.int(['attn_layer_period']) ?? 8;
      const offset = r.int(['attn_layer_offset']) ?? 4;
      return period > 0 && i % period === offset ? 'full_attention' : 'mamba';
    }
    case 'mamba':
      return 'mamba';
    case 'llama4':
      return llama4Kind(r, i);
  }
}

/**
 * Llama-4: `no_rope_layers[i]` is 1 where the layer uses RoPE, and RoPE layers attend in chunks of
 * `attention_chunk_size`; the NoPE layers (every 4th by default) attend to the whole context.
 */
function llama4Kind(r: ConfigReader, i: number): LayerKind {
  const flags = r.intList('no_rope_layers');
  const interval = r.int(['no_rope_layer_interval']) ?? 4;
  const usesRope = flags ? flags[i] !== 0 : (i + 1) % interval !== 0;
  return usesRope && r.int(['attention_chunk_size']) !== null ? 'chunked_attention' : 'full_attention';
}
