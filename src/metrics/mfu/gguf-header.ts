import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError, located } from '../../util/errors.js';
import { unreadableFileMessage } from '../../util/read-file.js';

/**
 * Reads the header of a GGUF file (llama.cpp's model format, versions 2 and 3; little-endian): the
 * metadata key-value pairs and the tensor descriptions, never the tensor data. The read is bounded:
 * a header larger than MAX_HEADER_BYTES, an absurd count or length, an unknown value type or a file
 * that ends inside the header is refused with one InputError naming the file.
 * Format: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md
 */
export const MAX_HEADER_BYTES = 256 * 1024 * 1024;
const MAX_COUNT = 1 << 24;
const MAX_DIMS = 8;
/** Arrays longer than this keep only their length (token lists): nothing here needs their items. */
const MAX_KEPT_ITEMS = 4096;

export type GgufScalar = number | bigint | boolean | string;
export interface GgufArray {
  itemType: number;
  length: number;
  /** The items, for numeric and boolean arrays of at most MAX_KEPT_ITEMS; null otherwise. */
  items: GgufScalar[] | null;
}
export type GgufValue = GgufScalar | GgufArray;

export interface GgufTensorInfo {
  name: string;
  dims: number[];
  /** ggml type id (0 F32, 1 F16, 8 Q8_0, 12 Q4_K, …). */
  type: number;
}

export interface GgufHeader {
  version: number;
  metadata: Map<string, GgufValue>;
  tensors: GgufTensorInfo[];
}

const TYPE = { UINT8: 0, INT8: 1, UINT16: 2, INT16: 3, UINT32: 4, INT32: 5, FLOAT32: 6, BOOL: 7, STRING: 8, ARRAY: 9, UINT64: 10, INT64: 11, FLOAT64: 12 } as const;
const SCALAR_SIZE: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };

class Malformed extends Error {}

/** Reads forward through a byte source that grows on demand, never past MAX_HEADER_BYTES. */
class HeaderCursor {
  position = 0;
  constructor(private readonly source: (end: number) => Buffer) {}

  private take(n: number): Buffer {
    const end = this.position + n;
    if (end > MAX_HEADER_BYTES) throw new Malformed(`the header runs past ${MAX_HEADER_BYTES / 1024 / 1024} MiB`);
    const bytes = this.source(end);
    if (bytes.length < end) throw new Malformed(`the file ends inside the header (at byte ${bytes.length})`);
    const slice = bytes.subarray(this.position, end);
    this.position = end;
    return slice;
  }

  u32(): number {
    return this.take(4).readUInt32LE(0);
  }

  /** A u64 count or length, refused above `limit`. */
  count(what: string, limit = MAX_COUNT): number {
    const value = this.take(8).readBigUInt64LE(0);
    if (value > BigInt(limit)) throw new Malformed(`${what} ${value} at byte ${this.position - 8} is implausibly large`);
    return Number(value);
  }

  string(): string {
    const length = this.count('string length', MAX_HEADER_BYTES);
    return this.take(length).toString('utf8');
  }

  scalar(type: number): GgufScalar {
    if (type === TYPE.STRING) return this.string();
    const size = SCALAR_SIZE[type];
    if (size === undefined) throw new Malformed(`unknown value type ${type} at byte ${this.position - 4}`);
    const b = this.take(size);
    switch (type) {
      case TYPE.UINT8: return b.readUInt8(0);
      case TYPE.INT8: return b.readInt8(0);
      case TYPE.UINT16: return b.readUInt16LE(0);
      case TYPE.INT16: return b.readInt16LE(0);
      case TYPE.UINT32: return b.readUInt32LE(0);
      case TYPE.INT32: return b.readInt32LE(0);
      case TYPE.FLOAT32: return b.readFloatLE(0);
      case TYPE.BOOL: return b.readUInt8(0) !== 0;
      case TYPE.UINT64: return b.readBigUInt64LE(0);
      case TYPE.INT64: return b.readBigInt64LE(0);
      default: return b.readDoubleLE(0);
    }
  }

  value(type: number): GgufValue {
    if (type !== TYPE.ARRAY) return this.scalar(type);
    const itemType = this.u32();
    if (itemType === TYPE.ARRAY) throw new Malformed(`nested array at byte ${this.position - 4}`);
    const length = this.count('array length', MAX_HEADER_BYTES);
    const keep = itemType !== TYPE.STRING && length <= MAX_KEPT_ITEMS;
    const items: GgufScalar[] = [];
    for (let i = 0; i < length; i++) {
      const item = this.scalar(itemType);
      if (keep) items.push(item);
    }
    return { itemType, length, items: keep ? items : null };
  }
}

/** Parses a GGUF header from the bytes `source(end)` returns (at least `end` of them unless the file is shorter). */
export function parseGgufHeader(source: (end: number) => Buffer): GgufHeader {
  const cursor = new HeaderCursor(source);
  const magic = cursor.u32();
  if (magic !== 0x46554747) throw new Malformed('it does not start with the GGUF magic');
  const version = cursor.u32();
  if (version !== 2 && version !== 3) throw new Malformed(`GGUF version ${version} is not supported (2 or 3)`);
  const tensorCount = cursor.count('tensor count');
  const kvCount = cursor.count('metadata count');
  const metadata = new Map<string, GgufValue>();
  for (let i = 0; i < kvCount; i++) {
    const key = cursor.string();
    const type = cursor.u32();
    metadata.set(key, cursor.value(type));
  }
  const tensors: GgufTensorInfo[] = [];
  for (let i = 0; i < tensorCount; i++) {
    const name = cursor.string();
    const nDims = cursor.u32();
    if (nDims > MAX_DIMS) throw new Malformed(`tensor "${name}" has ${nDims} dimensions`);
    const dims: number[] = [];
    for (let d = 0; d < nDims; d++) dims.push(cursor.count(`dimension of tensor "${name}"`, Number.MAX_SAFE_INTEGER));
    const type = cursor.u32();
    cursor.count(`data offset of tensor "${name}"`, Number.MAX_SAFE_INTEGER);
    tensors.push({ name, dims, type });
  }
  return { version, metadata, tensors };
}

/** Reads and parses the header of a GGUF file, loading only as many bytes as the header spans. */
export function readGgufHeader(file: string): GgufHeader {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new InputError(unreadableFileMessage(file, error, { what: 'the GGUF model file', missing: 'GGUF model file not found' }));
  }
  try {
    const size = fstatSync(fd).size;
    let loaded = Buffer.alloc(0);
    const source = (end: number): Buffer => {
      if (end <= loaded.length || loaded.length === size) return loaded;
      const want = Math.min(size, MAX_HEADER_BYTES, Math.max(end, 2 * loaded.length, 1 << 20));
      const next = Buffer.alloc(want);
      loaded.copy(next);
      let filled = loaded.length;
      while (filled < want) {
        const n = readSync(fd, next, filled, want - filled, filled);
        if (n === 0) break;
        filled += n;
      }
      loaded = next.subarray(0, filled);
      return loaded;
    };
    return parseGgufHeader(source);
  } catch (error) {
    if (error instanceof Malformed) throw new InputError(located(file, undefined, `not a readable GGUF model: ${error.message}`));
    throw error;
  } finally {
    closeSync(fd);
  }
}

/** The same parse over bytes already in memory (tests, and callers holding the file). */
export function parseGgufBytes(bytes: Buffer, name: string): GgufHeader {
  try {
    return parseGgufHeader(() => bytes);
  } catch (error) {
    if (error instanceof Malformed) throw new InputError(located(name, undefined, `not a readable GGUF model: ${error.message}`));
    throw error;
  }
}
