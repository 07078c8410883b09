/** Builds GGUF headers in tests: the writer side of src/metrics/mfu/gguf-header.ts, little-endian. */
export type TestValue =
  | { type: 'u8' | 'i8' | 'u16' | 'i16' | 'u32' | 'i32' | 'f32' | 'f64'; value: number }
  | { type: 'u64' | 'i64'; value: bigint }
  | { type: 'bool'; value: boolean }
  | { type: 'string'; value: string }
  | { type: 'array'; itemType: 'u32' | 'i32' | 'f32' | 'string'; values: Array<number | string> };

export interface TestTensor {
  name: string;
  dims: number[];
  type: number;
}

const TYPE_ID = { u8: 0, i8: 1, u16: 2, i16: 3, u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9, u64: 10, i64: 11, f64: 12 } as const;

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
function u64(n: number | bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}
function str(s: string): Buffer {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([u64(bytes.length), bytes]);
}

function scalar(type: keyof typeof TYPE_ID, value: unknown): Buffer {
  const b = Buffer.alloc(8);
  switch (type) {
    case 'u8': b.writeUInt8(value as number); return b.subarray(0, 1);
    case 'i8': b.writeInt8(value as number); return b.subarray(0, 1);
    case 'u16': b.writeUInt16LE(value as number); return b.subarray(0, 2);
    case 'i16': b.writeInt16LE(value as number); return b.subarray(0, 2);
    case 'u32': b.writeUInt32LE(value as number); return b.subarray(0, 4);
    case 'i32': b.writeInt32LE(value as number); return b.subarray(0, 4);
    case 'f32': b.writeFloatLE(value as number); return b.subarray(0, 4);
    case 'f64': b.writeDoubleLE(value as number); return b;
    case 'u64': b.writeBigUInt64LE(value as bigint); return b;
    case 'i64': b.writeBigInt64LE(value as bigint); return b;
    case 'bool': return Buffer.from([value ? 1 : 0]);
    case 'string': return str(value as string);
    default: throw new Error(`not a scalar: ${type}`);
  }
}

function encodeValue(v: TestValue): Buffer {
  if (v.type !== 'array') return Buffer.concat([u32(TYPE_ID[v.type]), scalar(v.type, v.value)]);
  return Buffer.concat([u32(TYPE_ID.array), u32(TYPE_ID[v.itemType]), u64(v.values.length), ...v.values.map((x) => scalar(v.itemType, x))]);
}

export function buildGguf(metadata: Array<[string, TestValue]>, tensors: TestTensor[] = [], version = 3): Buffer {
  const parts = [Buffer.from('GGUF', 'ascii'), u32(version), u64(tensors.length), u64(metadata.length)];
  for (const [key, value] of metadata) parts.push(str(key), encodeValue(value));
  for (const t of tensors) parts.push(str(t.name), u32(t.dims.length), ...t.dims.map((d) => u64(d)), u32(t.type), u64(0));
  return Buffer.concat(parts);
}

/** A small Llama-architecture header: what llama.cpp writes for a 2-layer model. */
export function llamaHeader(overrides: Array<[string, TestValue]> = [], tensors?: TestTensor[]): Buffer {
  const base: Array<[string, TestValue]> = [
    ['general.architecture', { type: 'string', value: 'llama' }],
    ['llama.embedding_length', { type: 'u32', value: 64 }],
    ['llama.block_count', { type: 'u32', value: 2 }],
    ['llama.feed_forward_length', { type: 'u32', value: 128 }],
    ['llama.attention.head_count', { type: 'u32', value: 4 }],
    ['llama.attention.head_count_kv', { type: 'u32', value: 2 }],
    ['general.file_type', { type: 'u32', value: 1 }],
    ['tokenizer.ggml.tokens', { type: 'array', itemType: 'string', values: Array.from({ length: 100 }, (_, i) => `t${i}`) }],
  ];
  const keys = new Set(overrides.map(([k]) => k));
  return buildGguf([...base.filter(([k]) => !keys.has(k)), ...overrides], tensors ?? [{ name: 'token_embd.weight', dims: [64, 100], type: 1 }, { name: 'output.weight', dims: [64, 100], type: 1 }]);
}
