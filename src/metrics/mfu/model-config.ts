import { InputError, located } from '../../util/errors.js';
import { readFileOrFail } from '../../util/read-file.js';
import { decodeUtf8Text } from '../../util/utf8-text.js';
import { ConfigReader, isObject } from './config-reader.js';
import { layerKinds } from './layer-kinds.js';
import { mixerBuilder } from './mixer-config.js';
import { mlpBuilder } from './mlp-config.js';
import { FAMILIES, familyOf } from './model-families.js';
import type { LayerSpec, ModelSpec } from './model-spec.js';

/**
 * Reads a Hugging Face config.json into a ModelSpec. Multimodal wrappers keep the language model
 * under `text_config`; its fields win over the wrapper's, and the wrapper fills what it lacks
 * (e.g. `tie_word_embeddings`, which some wrappers keep at the top level).
 */
export function readModelSpec(configJsonPath: string): ModelSpec {
  const bytes = readFileOrFail(configJsonPath, { what: 'model config.json', missing: 'model config.json not found' });
  const text = decodeUtf8Text(bytes, configJsonPath);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(located(configJsonPath, undefined, `not valid JSON (${(error as Error).message})`));
  }
  return parseModelConfig(raw, configJsonPath);
}

/**
 * Parses an already-decoded config.json; `file` names it in errors. Exported for tests and callers
 * holding JSON. A model type or layer kind infergate cannot count is an InputError naming it.
 */
export function parseModelConfig(raw: unknown, file: string): ModelSpec {
  if (!isObject(raw)) throw new InputError(located(file, undefined, 'model config must be a JSON object'));
  const nested = isObject(raw.text_config) ? raw.text_config : null;
  const r = new ConfigReader(nested ? { ...raw, ...nested } : raw, file, nested);

  const modelType = r.str('model_type');
  if (modelType === null) throw r.fail('no model_type: infergate counts only the model families it knows, so MFU is not computed');
  const family = familyOf(modelType);
  if (!family) {
    throw r.fail(`model_type "${modelType}" is not a family infergate can count (it knows ${Object.keys(FAMILIES).join(', ')}): MFU is not computed rather than guessed`);
  }
  const architectures = Array.isArray(r.cfg.architectures) ? r.cfg.architectures.filter((a): a is string => typeof a === 'string') : [];
  const hiddenSize = r.positive(['hidden_size', 'n_embd', 'd_model']);
  const numLayers = r.positive(['num_hidden_layers', 'n_layer', 'num_layers']);
  const vocabSize = r.positive(['vocab_size']);
  const shape = { modelType, family, hiddenSize };

  const kinds = layerKinds(r, family, numLayers);
  const mixerFor = mixerBuilder(r, shape);
  const mlpFor = mlpBuilder(r, shape);
  const layers: LayerSpec[] = kinds.map((kind, i) => ({ attention: mixerFor(kind), mlp: mlpFor(i), normWeights: family.normsPerLayer * hiddenSize }));

  return {
    source: file,
    modelType,
    architecture: architectures[0] ?? null,
    torchDtype: r.str('torch_dtype') ?? r.str('dtype'),
    fromTextConfig: nested !== null,
    hiddenSize,
    vocabSize,
    tieWordEmbeddings: r.bool('tie_word_embeddings') ?? family.tiedByDefault,
    positionEmbeddings: family.positionEmbeddings ? r.positive(['n_positions', 'max_position_embeddings']) * hiddenSize : 0,
    finalNormWeights: family.finalNorm * hiddenSize,
    layers,
  };
}
