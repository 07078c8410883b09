import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countParameters, ggufModelSpec, parseGgufBytes, parseModelConfig, readGgufHeader, readGgufModelSpec, requestFlops } from '../../../src/metrics/mfu/index.js';
import { InputError } from '../../../src/util/errors.js';
import { buildGguf, llamaHeader, type TestValue } from './gguf-writer.js';

const TINY = fileURLToPath(new URL('../../fixtures/models/sotu-tiny-1.4m-f16.gguf', import.meta.url));

describe('the repository tiny GGUF', () => {
  it('reads the architecture from the header: 4 blocks of 128, 4 heads, feed-forward 384, 4,096 tokens, tied, F16', () => {
    const spec = readGgufModelSpec(TINY);
    expect(spec.modelType).toBe('llama');
    expect([spec.layers.length, spec.hiddenSize, spec.vocabSize, spec.tieWordEmbeddings, spec.torchDtype]).toEqual([4, 128, 4096, true, 'float16']);
    const a = spec.layers[0]!.attention;
    expect(a.kind === 'standard' && [a.numQueryHeads, a.numKvHeads, a.headDim]).toEqual([4, 4, 32]);
    expect(spec.layers[0]!.mlp).toEqual({ kind: 'dense', intermediateSize: 384, gated: true, bias: false });
  });

  it('counts exactly the parameters the file stores (1,377,408, the 1.38M of its README)', () => {
    const header = readGgufHeader(TINY);
    const stored = header.tensors.reduce((sum, t) => sum + t.dims.reduce((a, b) => a * b, 1), 0);
    expect(countParameters(readGgufModelSpec(TINY)).total).toBe(stored);
    expect(stored).toBe(1_377_408);
  });

  it('bytes per stored weight from the tensor types: F16 matrices, F32 norms', () => {
    const spec = readGgufModelSpec(TINY);
    // 1,376,256 F16 weights (2 bytes) and 1,152 F32 norm weights (4 bytes).
    expect(spec.weightBytesPerParam).toBeCloseTo((1_376_256 * 2 + 1_152 * 4) / 1_377_408, 12);
  });

  it('gives the same FLOPs as the equivalent config.json', () => {
    const fromConfig = parseModelConfig({ model_type: 'llama', hidden_size: 128, num_hidden_layers: 4, num_attention_heads: 4, num_key_value_heads: 4, intermediate_size: 384, vocab_size: 4096, tie_word_embeddings: true }, 'c.json');
    expect(requestFlops(readGgufModelSpec(TINY), 547, 64)).toEqual(requestFlops(fromConfig, 547, 64));
  });
});

describe('GGUF headers built in the test', () => {
  const parse = (bytes: Buffer) => ggufModelSpec(parseGgufBytes(bytes, 'm.gguf'), 'm.gguf');

  it('GQA, untied head, attention bias from the tensor list; v2 and v3 alike', () => {
    const spec = parse(llamaHeader([], [{ name: 'token_embd.weight', dims: [64, 100], type: 1 }, { name: 'output.weight', dims: [64, 100], type: 1 }, { name: 'blk.0.attn_q.bias', dims: [64], type: 0 }]));
    const a = spec.layers[0]!.attention;
    expect(a.kind === 'standard' && [a.numKvHeads, a.qkvBias, a.outBias]).toEqual([2, true, true]);
    expect(spec.tieWordEmbeddings).toBe(false);
    const v2 = ggufModelSpec(parseGgufBytes(buildGguf([['general.architecture', { type: 'string', value: 'qwen2' }], ['qwen2.embedding_length', { type: 'u64', value: 64n }], ['qwen2.block_count', { type: 'u32', value: 1 }], ['qwen2.feed_forward_length', { type: 'u32', value: 128 }], ['qwen2.attention.head_count', { type: 'u32', value: 4 }], ['qwen2.vocab_size', { type: 'u32', value: 10 }]], [], 2), 'v2.gguf'), 'v2.gguf');
    expect([v2.modelType, v2.hiddenSize, v2.vocabSize]).toEqual(['qwen2', 64, 10]);
  });

  it('experts: llama with an expert count is counted as Mixtral; qwen3moe with its expert feed-forward length', () => {
    const mixtral = parse(llamaHeader([['llama.expert_count', { type: 'u32', value: 8 }], ['llama.expert_used_count', { type: 'u32', value: 2 }]]));
    expect(mixtral.layers[0]!.mlp).toMatchObject({ kind: 'moe', numExperts: 8, expertsPerToken: 2, expertIntermediateSize: 128 });
    const qwen = parse(buildGguf([
      ['general.architecture', { type: 'string', value: 'qwen3moe' }], ['qwen3moe.embedding_length', { type: 'u32', value: 64 }], ['qwen3moe.block_count', { type: 'u32', value: 2 }],
      ['qwen3moe.feed_forward_length', { type: 'u32', value: 256 }], ['qwen3moe.attention.head_count', { type: 'u32', value: 4 }], ['qwen3moe.vocab_size', { type: 'u32', value: 50 }],
      ['qwen3moe.expert_count', { type: 'u32', value: 16 }], ['qwen3moe.expert_used_count', { type: 'u32', value: 4 }], ['qwen3moe.expert_feed_forward_length', { type: 'u32', value: 32 }],
    ]));
    expect(qwen.layers[1]!.mlp).toMatchObject({ kind: 'moe', numExperts: 16, expertsPerToken: 4, expertIntermediateSize: 32 });
  });

  it('refuses an architecture it cannot count, a missing key, and a per-layer head count, naming them', () => {
    expect(() => parse(llamaHeader([['general.architecture', { type: 'string', value: 'rwkv6' }]]))).toThrow(/m\.gguf: GGUF architecture "rwkv6" is not one infergate can count/);
    const noBlocks = buildGguf([['general.architecture', { type: 'string', value: 'llama' }], ['llama.embedding_length', { type: 'u32', value: 64 }]]);
    expect(() => parse(noBlocks)).toThrow(/m\.gguf: the GGUF header has no llama\.block_count/);
    expect(() => parse(llamaHeader([['llama.attention.head_count_kv', { type: 'array', itemType: 'i32', values: [2, 2] }]]))).toThrow(/llama\.attention\.head_count_kv must be a non-negative integer \(per-layer values are not supported\), got an array of 2/);
  });

  it('refuses a malformed header with one sentence naming the file', () => {
    const good = llamaHeader();
    expect(() => parseGgufBytes(Buffer.from('GGML....'), 'x.gguf')).toThrow(/^x\.gguf: not a readable GGUF model: it does not start with the GGUF magic$/);
    const v1 = Buffer.from(good);
    v1.writeUInt32LE(1, 4);
    expect(() => parseGgufBytes(v1, 'x.gguf')).toThrow(/GGUF version 1 is not supported/);
    expect(() => parseGgufBytes(good.subarray(0, good.length - 3), 'x.gguf')).toThrow(/x\.gguf: not a readable GGUF model: the file ends inside the header/);
    const hugeCount = Buffer.from(good);
    hugeCount.writeBigUInt64LE(1n << 40n, 16);
    expect(() => parseGgufBytes(hugeCount, 'x.gguf')).toThrow(/metadata count 1099511627776 at byte 16 is implausibly large/);
  });

  it('reads a file on disk and names a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gguf-'));
    copyFileSync(TINY, join(dir, 'copy.gguf'));
    expect(readGgufHeader(join(dir, 'copy.gguf')).version).toBe(3);
    writeFileSync(join(dir, 'empty.gguf'), '');
    expect(() => readGgufHeader(join(dir, 'empty.gguf'))).toThrow(/empty\.gguf: not a readable GGUF model: the file ends inside the header \(at byte 0\)/);
    expect(() => readGgufHeader(join(dir, 'none.gguf'))).toThrow(/none\.gguf: GGUF model file not found/);
  });
});

const scalarValue: fc.Arbitrary<TestValue> = fc.oneof(
  fc.integer({ min: 0, max: 255 }).map((value) => ({ type: 'u8' as const, value })),
  fc.integer({ min: -128, max: 127 }).map((value) => ({ type: 'i8' as const, value })),
  fc.integer({ min: 0, max: 0xffff }).map((value) => ({ type: 'u16' as const, value })),
  fc.integer({ min: 0, max: 0xffffffff }).map((value) => ({ type: 'u32' as const, value })),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map((value) => ({ type: 'i32' as const, value })),
  fc.double({ noNaN: true }).map((value) => ({ type: 'f64' as const, value })),
  fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((value) => ({ type: 'u64' as const, value })),
  fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }).map((value) => ({ type: 'i64' as const, value })),
  fc.boolean().map((value) => ({ type: 'bool' as const, value })),
  fc.string().map((value) => ({ type: 'string' as const, value })),
  fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 20 }).map((values) => ({ type: 'array' as const, itemType: 'u32' as const, values })),
  fc.array(fc.string(), { maxLength: 20 }).map((values) => ({ type: 'array' as const, itemType: 'string' as const, values })),
);

const header = fc.record({
  metadata: fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 30 }), scalarValue), { selector: ([k]) => k, maxLength: 12 }),
  tensors: fc.array(fc.record({ name: fc.string({ maxLength: 20 }), dims: fc.array(fc.integer({ min: 1, max: 1 << 20 }), { minLength: 1, maxLength: 4 }), type: fc.integer({ min: 0, max: 40 }) }), { maxLength: 6 }),
  version: fc.constantFrom(2, 3),
});

describe('GGUF header parser properties', () => {
  it('reads back every key, value and tensor it was given', () => {
    fc.assert(fc.property(header, ({ metadata, tensors, version }) => {
      const parsed = parseGgufBytes(buildGguf(metadata, tensors, version), 'p.gguf');
      expect(parsed.version).toBe(version);
      expect(parsed.tensors).toEqual(tensors);
      for (const [key, v] of metadata) {
        const got = parsed.metadata.get(key);
        if (v.type === 'array') {
          expect(got).toEqual({ itemType: v.itemType === 'string' ? 8 : 4, length: v.values.length, items: v.itemType === 'string' ? null : v.values });
        } else if (v.type === 'f64') {
          expect(Object.is(got, v.value) || got === v.value).toBe(true);
        } else {
          expect(got).toEqual(v.value);
        }
      }
    }));
  });

  it('every truncation of a valid header is refused with an InputError, never another exception', () => {
    fc.assert(fc.property(header, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), ({ metadata, tensors, version }, cut) => {
      const bytes = buildGguf(metadata, tensors, version);
      const at = Math.floor(cut * bytes.length);
      expect(() => parseGgufBytes(bytes.subarray(0, at), 't.gguf')).toThrow(InputError);
    }));
  });

  it('arbitrary bytes after the magic either parse or are refused with an InputError naming the file', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), fc.constantFrom(2, 3), (tail, version) => {
      const start = Buffer.alloc(8);
      start.write('GGUF', 0, 'ascii');
      start.writeUInt32LE(version, 4);
      try {
        parseGgufBytes(Buffer.concat([start, Buffer.from(tail)]), 'r.gguf');
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect((error as Error).message).toMatch(/^r\.gguf: not a readable GGUF model: /);
      }
    }));
  });
});
