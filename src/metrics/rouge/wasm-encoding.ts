/**
 * Just enough of the WebAssembly binary format to write a small module by hand: LEB128 numbers, the
 * instructions mt19937-kernels.ts and rouge155-resample-kernel.ts use (by their names in the
 * specification), sections and names.
 */
export type Code = number[];

export function uleb(n: number): Code {
  const out: Code = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function sleb(n: number): Code {
  const out: Code = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

/** Signed LEB128 of a 64-bit integer. */
function sleb64(n: bigint): Code {
  const out: Code = [];
  for (;;) {
    const byte = Number(n & 0x7fn);
    n >>= 7n;
    const done = (n === 0n && (byte & 0x40) === 0) || (n === -1n && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

/** A little-endian f64 immediate. */
function f64Bytes(x: number): Code {
  return Array.from(new Uint8Array(new Float64Array([x]).buffer));
}

export const simd = (opcode: number): Code => [0xfd, ...uleb(opcode)];
export const I32_TYPE = 0x7f;
export const F64_TYPE = 0x7c;
export const I64_TYPE = 0x7e;
export const V128_TYPE = 0x7b;

/** The instructions used, by their names in the WebAssembly specification. */
export const op = {
  localGet: (i: number): Code => [0x20, ...uleb(i)],
  localSet: (i: number): Code => [0x21, ...uleb(i)],
  localTee: (i: number): Code => [0x22, ...uleb(i)],
  i32Const: (n: number): Code => [0x41, ...sleb(n)],
  i32Load: [0x28, 2, 0],
  i32Store: [0x36, 2, 0],
  i32Add: [0x6a],
  i32Mul: [0x6c],
  i32LtU: [0x49],
  i32LeU: [0x4d],
  i32GeU: [0x4f],
  i32DivU: [0x6e],
  f64Const0: [0x44, 0, 0, 0, 0, 0, 0, 0, 0],
  f64Const: (x: number): Code => [0x44, ...f64Bytes(x)],
  i64Const: (n: bigint): Code => [0x42, ...sleb64(n)],
  i64ExtendI32U: [0xad],
  i64Shl: [0x86],
  i64Or: [0x84],
  i64And: [0x83],
  i64Add: [0x7c],
  i64Mul: [0x7e],
  f64ConvertI64U: [0xba],
  f64Mul: [0xa2],
  i32TruncF64U: [0xab],
  f64LoadAt: (offset: number): Code => [0x2b, 3, ...uleb(offset)],
  f64StoreAt: (offset: number): Code => [0x39, 3, ...uleb(offset)],
  f64Add: [0xa0],
  f64Div: [0xa3],
  f64ConvertI32U: [0xb8],
  i32LoadAt: (offset: number): Code => [0x28, 2, ...uleb(offset)],
  call: (f: number): Code => [0x10, ...uleb(f)],
  block: [0x02, 0x40],
  if: [0x04, 0x40],
  br: (depth: number): Code => [0x0c, ...uleb(depth)],
  i32And: [0x71],
  i32Or: [0x72],
  i32Xor: [0x73],
  i32Shl: [0x74],
  i32ShrS: [0x75],
  i32ShrU: [0x76],
  v128Load: [...simd(0x00), 2, 0],
  v128Store: [...simd(0x0b), 2, 0],
  v128And: simd(0x4e),
  v128Or: simd(0x50),
  v128Xor: simd(0x51),
  i32x4Splat: simd(0x11),
  i32x4Shl: simd(0xab),
  i32x4ShrS: simd(0xac),
  i32x4ShrU: simd(0xad),
  loop: [0x03, 0x40],
  brIf: (depth: number): Code => [0x0d, ...uleb(depth)],
  end: [0x0b],
};

export function section(id: number, items: Code[]): Code {
  const body = [...uleb(items.length), ...items.flat()];
  return [id, ...uleb(body.length), ...body];
}

export const name = (s: string): Code => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];

/** The part of the WebAssembly API used here (the project's TypeScript libs do not declare it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}

export interface WasmMemory {
  buffer: ArrayBuffer;
  grow: (pages: number) => number;
}

export const WASM_PAGE = 65536;

/** A compiled module, or null where the runtime has no WebAssembly or rejects the module (no SIMD). */
export function compileModule(bytes: Uint8Array): object | null {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  try {
    return wasm === undefined ? null : new wasm.Module(bytes);
  } catch {
    return null;
  }
}

/** A new instance of a module compiled by compileModule: its exports. */
export function instantiate(compiled: object): Record<string, unknown> {
  return new ((globalThis as { WebAssembly?: WasmApi }).WebAssembly as WasmApi).Instance(compiled).exports;
}

/** Grows a module's memory to at least `bytes`. */
export function ensureMemory(memory: WasmMemory, bytes: number): void {
  const have = memory.buffer.byteLength;
  if (bytes > have) memory.grow(Math.ceil((bytes - have) / WASM_PAGE));
}
