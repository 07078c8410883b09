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

  it('GPT-2: plain 2-matrix MLP, biases everywhere, LayerNorm weights and biases, position embeddings', () => {
    const gpt2 = { model_type: 'gpt2', n_embd: 64, n_layer: 2, n_head: 4, n_positions: 32, vocab_size: 100 };
    const count = countParameters(parseModelConfig(gpt2, 'g.json'));
    const attention = 64 * 192 + 192 + 64 * 64 + 64;
    const mlp = 64 * 256 + 256 + 256 * 64 + 64;
    expect(count.total).toBe(100 * 64 + 32 * 64 + 2 * (attention + mlp + 4 * 64) + 2 * 64);
    expect(count.positionEmbedding).toBe(32 * 64);
    expect(count.activeWithoutEmbedding).toBe(count.total - 100 * 64 - 32 * 64);
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

  it('refuses a model type it cannot count, naming it', () => {
    expect(() => parseModelConfig({ ...tiny, model_type: 'gpt_neox' }, 'c.json')).toThrow(/c\.json: model_type "gpt_neox" is not a family infergate can count/);
    expect(() => parseModelConfig({ ...tiny, model_type: undefined }, 'c.json')).toThrow(/c\.json: no model_type/);
  });

  it('refuses an unknown layer kind, naming it and its index', () => {
    const types = ['full_attention', 'sparse_lightning_attention'];
    expect(() => parseModelConfig({ ...tiny, layer_types: types }, 'c.json')).toThrow(/c\.json: layer_types\[1\] is "sparse_lightning_attention", a layer kind infergate cannot count/);
    expect(() => parseModelConfig({ ...tiny, model_type: 'jamba', layers_block_type: ['mamba', 'conv'] }, 'c.json')).toThrow(/layers_block_type\[1\] is "conv"/);
    // A linear_attention layer in a family that has none is refused too, not counted as softmax attention.
    expect(() => parseModelConfig({ ...tiny, layer_types: ['linear_attention', 'full_attention'] }, 'c.json')).toThrow(/linear_attention layers are counted only for qwen3_next/);
  });
});

describe('layer kinds each family implies', () => {
  const windows = (config: Record<string, unknown>) => parseModelConfig({ ...tiny, num_hidden_layers: 8, ...config }, 'x.json').layers.map((l) => l.attention.slidingWindow);

  it('gemma-2 alternates: even layers local, odd layers global', () => {
    expect(windows({ model_type: 'gemma2', sliding_window: 16 })).toEqual([16, null, 16, null, 16, null, 16, null]);
    const gemma = readModelSpec(fixture('gemma-2-9b.config.json'));
    expect(gemma.layers.filter((l) => l.attention.slidingWindow === 4096)).toHaveLength(21);
  });

  it('gemma-3: every sliding_window_pattern-th layer is global', () => {
    expect(windows({ model_type: 'gemma3_text', sliding_window: 16, sliding_window_pattern: 4 })).toEqual([16, 16, 16, null, 16, 16, 16, null]);
    const gemma = readModelSpec(fixture('gemma-3-1b.config.json'));
    expect(gemma.layers.flatMap((l, i) => (l.attention.slidingWindow === null ? [i] : []))).toEqual([5, 11, 17, 23]);
  });

  it('Qwen: the window applies from max_window_layers on, and only with use_sliding_window true', () => {
    expect(windows({ model_type: 'qwen2', sliding_window: 16, use_sliding_window: true, max_window_layers: 6 })).toEqual([null, null, null, null, null, null, 16, 16]);
    expect(windows({ model_type: 'qwen3', sliding_window: 16 })).toEqual(Array(8).fill(null));
    expect(windows({ model_type: 'mistral', sliding_window: 16 })).toEqual(Array(8).fill(16));
  });

  it('Llama-4: RoPE layers attend in chunks, NoPE layers (every 4th) globally', () => {
    const spec = parseModelConfig({ ...tiny, model_type: 'llama4_text', num_hidden_layers: 8, attention_chunk_size: 32 }, 'x.json');
    expect(spec.layers.map((l) => l.attention.chunkSize)).toEqual([32, 32, 32, null, 32, 32, 32, null]);
    const listed = parseModelConfig({ ...tiny, model_type: 'llama4_text', num_hidden_layers: 3, attention_chunk_size: 32, no_rope_layers: [0, 1, 1] }, 'x.json');
    expect(listed.layers.map((l) => l.attention.chunkSize)).toEqual([null, 32, 32]);
  });

  it('Qwen3-Next: Gated DeltaNet layers with one gated full-attention layer in four', () => {
    const spec = readModelSpec(fixture('qwen3-coder-next.config.json'));
    expect(spec.layers.map((l) => l.attention.kind).slice(0, 8)).toEqual(['gated-deltanet', 'gated-deltanet', 'gated-deltanet', 'standard', 'gated-deltanet', 'gated-deltanet', 'gated-deltanet', 'standard']);
    const full = spec.layers[3]!.attention;
    expect(full.kind === 'standard' && [full.queryGate, full.qkNormWeights]).toEqual([true, 512]);
  });

  it('Jamba: one attention layer in attn_layer_period, MoE on every expert_layer_period-th; Mamba has no MLP', () => {
    const jamba = readModelSpec(fixture('jamba-1.5-mini.config.json'));
    expect(jamba.layers.flatMap((l, i) => (l.attention.kind === 'standard' ? [i] : []))).toEqual([4, 12, 20, 28]);
    expect(jamba.layers.filter((l) => l.mlp.kind === 'moe')).toHaveLength(16);
    const mamba = readModelSpec(fixture('falcon-mamba-7b.config.json'));
    expect(mamba.layers.every((l) => l.attention.kind === 'mamba' && l.mlp.kind === 'none')).toBe(true);
  });
});
