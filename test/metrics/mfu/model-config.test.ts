import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attentionTypeName, countParameters, parseModelConfig, readModelSpec } from '../../../src/metrics/mfu/index.js';
import { InputError } from '../../../src/util/errors.js';
import { fixture } from './helpers.js';

const tiny = { model_type: 'llama', hidden_size: 64, num_hidden_layers: 2, num_attention_heads: 4, num_key_value_heads: 2, intermediate_size: 128, vocab_size: 100, tie_word_embeddings: false };

describe('readModelSpec', () => {
  it('reads attention type, sliding windows and MoE layers from real configs', () => {
    const llama = readModelSpec(fixture('llama-3.1-8b.config.json'));
    expect(llama.layers).toHaveLength(32);
    expect(attentionTypeName(llama.layers[0]!.attention)).toBe('gqa');
    expect(llama.torchDtype).toBe('bfloat16');

    const mistral = readModelSpec(fixture('mistral-7b-v0.1.config.json'));
    expect(mistral.layers.every((l) => l.attention.slidingWindow === 4096)).toBe(true);

    // Qwen2.5 ships sliding_window 131072 with use_sliding_window false: no window.
    const qwen = readModelSpec(fixture('qwen2.5-7b.config.json'));
    expect(qwen.layers.every((l) => l.attention.slidingWindow === null)).toBe(true);
    expect(qwen.layers[0]!.attention.kind === 'standard' && qwen.layers[0]!.attention.qkvBias).toBe(true);

    const deepseek = readModelSpec(fixture('deepseek-v3.config.json'));
    expect(deepseek.layers.map((l) => l.mlp.kind).slice(0, 4)).toEqual(['dense', 'dense', 'dense', 'moe']);
    expect(attentionTypeName(deepseek.layers[0]!.attention)).toBe('mla');
  });

  it('uses text_config when the config is a multimodal wrapper', () => {
    const wrapped = parseModelConfig({ architectures: ['LlavaForConditionalGeneration'], model_type: 'llava', text_config: tiny, vision_config: { hidden_size: 1024 } }, 'wrapped.json');
    const flat = parseModelConfig(tiny, 'flat.json');
    expect(wrapped.fromTextConfig).toBe(true);
    expect(countParameters(wrapped).total).toBe(countParameters(flat).total);
  });

  it('takes an explicit head_dim over hidden_size / heads, and reads multi-query attention', () => {
    const spec = parseModelConfig({ ...tiny, head_dim: 32, num_key_value_heads: 1 }, 'x.json');
    const a = spec.layers[0]!.attention;
    expect(a.kind === 'standard' && a.headDim).toBe(32);
    expect(attentionTypeName(a)).toBe('mqa');
  });

  it('honours layer_types for mixed sliding/full layers', () => {
    const spec = parseModelConfig({ ...tiny, sliding_window: 8, layer_types: ['sliding_attention', 'full_attention'] }, 'x.json');
    expect(spec.layers.map((l) => l.attention.slidingWindow)).toEqual([8, null]);
  });

  it('plain 2-matrix MLPs for GPT-2-style model types', () => {
    const gated = countParameters(parseModelConfig(tiny, 'x.json')).total;
    const plain = countParameters(parseModelConfig({ ...tiny, model_type: 'gpt_neox' }, 'x.json')).total;
    expect(gated - plain).toBe(2 * 64 * 128);
  });

  it('Qwen-MoE: shared expert with its gate, decoder_sparse_step', () => {
    const spec = parseModelConfig({ ...tiny, model_type: 'qwen2_moe', num_experts: 4, num_experts_per_tok: 2, moe_intermediate_size: 32, shared_expert_intermediate_size: 64, decoder_sparse_step: 1, use_sliding_window: false }, 'x.json');
    const mlp = spec.layers[0]!.mlp;
    expect(mlp.kind === 'moe' && [mlp.sharedExperts, mlp.sharedIntermediateSize, mlp.sharedExpertGate]).toEqual([1, 64, true]);
    const count = countParameters(spec);
    // per layer: 4 experts vs 2 active, each 3·64·32.
    expect(count.total - count.active).toBe(2 * 2 * 3 * 64 * 32);
  });

  it('bad input is an InputError naming the file and key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mfu-cfg-'));
    const bad = join(dir, 'config.json');
    writeFileSync(bad, '{ not json');
    expect(() => readModelSpec(bad)).toThrow(InputError);
    expect(() => readModelSpec(bad)).toThrow(/config\.json: not valid JSON/);
    expect(() => readModelSpec(join(dir, 'missing.json'))).toThrow(/missing\.json: model config\.json not found/);
    expect(() => parseModelConfig({ ...tiny, hidden_size: undefined }, 'c.json')).toThrow(/c\.json: missing hidden_size/);
    expect(() => parseModelConfig({ ...tiny, num_key_value_heads: 3 }, 'c.json')).toThrow(/num_key_value_heads \(3\) must divide/);
    expect(() => parseModelConfig({ ...tiny, vocab_size: '100' }, 'c.json')).toThrow(/vocab_size must be a non-negative integer/);
    expect(() => parseModelConfig({ text_config: { ...tiny, num_hidden_layers: 1.5 } }, 'c.json')).toThrow(/text_config\.num_hidden_layers/);
  });
});
