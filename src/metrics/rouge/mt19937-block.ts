/**
 * MT19937's block step — regenerate the 624-word state (the twist) and temper the 624 outputs — as a tiny
 * WebAssembly module using 128-bit SIMD, four words at a time. The bootstrap of rouge-score mode draws
 * about 65 million 32-bit words for the XSum test set, and in JavaScript this step was most of its time.
 *
 * The module is assembled here from its instructions (about 400 bytes, nothing to download or build);
 * each instruction is named where it is emitted. Its memory holds the state at byte 0 and the tempered
 * block at byte 4096. The words are the same as the scalar code's in mt19937.ts (tested against it):
 * the twist's first 227 words read only words not yet regenerated (i + 397), the next 396 only words
 * regenerated at least 227 places earlier (i − 227), so four neighbours never depend on each other; the
 * three words at the seam and the last one, which wraps to word 0, are done one at a time.
 */
const N = 624;
const M = 397;
const UPPER = 0x80000000 | 0;
const LOWER = 0x7fffffff;
const MATRIX = 0x9908b0df | 0;
const TEMPER_B = 0x9d2c5680 | 0;
const TEMPER_C = 0xefc60000 | 0;
/** Byte offsets in the module's memory: the tempered block, then the draws of the last drawBelow. */
export const TEMPERED_OFFSET = 4096;
const DRAWN_OFFSET = 8192;
const PAGE = 65536;

type Code = number[];

function uleb(n: number): Code {
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

const simd = (opcode: number): Code => [0xfd, ...uleb(opcode)];
const I32_TYPE = 0x7f;
const V128_TYPE = 0x7b;

/** The instructions used, by their names in the WebAssembly specification. */
const op = {
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

/** Lanes of the vector or scalar flavour of one step. */
interface Flavour {
  load: Code;
  store: Code;
  constant: (n: number) => Code;
  and: Code;
  or: Code;
  xor: Code;
  shl: Code;
  shrS: Code;
  shrU: Code;
}

const VECTOR: Flavour = {
  load: op.v128Load,
  store: op.v128Store,
  constant: (n) => [...op.i32Const(n), ...op.i32x4Splat],
  and: op.v128And,
  or: op.v128Or,
  xor: op.v128Xor,
  shl: op.i32x4Shl,
  shrS: op.i32x4ShrS,
  shrU: op.i32x4ShrU,
};

const SCALAR: Flavour = {
  load: op.i32Load,
  store: op.i32Store,
  constant: (n) => op.i32Const(n),
  and: op.i32And,
  or: op.i32Or,
  xor: op.i32Xor,
  shl: op.i32Shl,
  shrS: op.i32ShrS,
  shrU: op.i32ShrU,
};

/** A shift count: an i32 in both flavours (the vector shifts take a scalar count). */
const by = (bits: number): Code => op.i32Const(bits);

/** Address expressions: a byte offset, or a local plus a byte offset. */
const at = (bytes: number): Code => op.i32Const(bytes);
const localPlus = (local: number, bytes: number): Code => [...op.localGet(local), ...op.i32Const(bytes), ...op.i32Add];

/** s[i] = s[far] ^ (y >>> 1) ^ (MATRIX if y is odd), y = (s[i] & UPPER) | (s[next] & LOWER); y in `temp`. */
function twistStep(f: Flavour, i: Code, next: Code, far: Code, temp: number): Code {
  return [
    ...i, ...f.load, ...f.constant(UPPER), ...f.and,
    ...next, ...f.load, ...f.constant(LOWER), ...f.and,
    ...f.or, ...op.localSet(temp),
    ...i,
    ...far, ...f.load,
    ...op.localGet(temp), ...by(1), ...f.shrU, ...f.xor,
    ...op.localGet(temp), ...by(31), ...f.shl, ...by(31), ...f.shrS, ...f.constant(MATRIX), ...f.and, ...f.xor,
    ...f.store,
  ];
}

/** y ^= y >>> 11; y ^= (y << 7) & B; y ^= (y << 15) & C; y ^= y >>> 18, four lanes in `y`. */
function temperLanes(y: number): Code {
  const f = VECTOR;
  const get = op.localGet(y);
  return [
    ...get, ...get, ...by(11), ...f.shrU, ...f.xor, ...op.localSet(y),
    ...get, ...get, ...by(7), ...f.shl, ...f.constant(TEMPER_B), ...f.and, ...f.xor, ...op.localSet(y),
    ...get, ...get, ...by(15), ...f.shl, ...f.constant(TEMPER_C), ...f.and, ...f.xor, ...op.localSet(y),
    ...get, ...get, ...by(18), ...f.shrU, ...f.xor, ...op.localSet(y),
  ];
}

/** A loop of `body` over local `i` from `from` to `to` bytes, 16 bytes (four words) a turn. */
function loopOver(i: number, from: number, to: number, body: Code): Code {
  return [
    ...op.i32Const(from), ...op.localSet(i),
    ...op.loop,
    ...body,
    ...op.localGet(i), ...op.i32Const(16), ...op.i32Add, ...op.localTee(i), ...op.i32Const(to), ...op.i32LtU, ...op.brIf(0),
    ...op.end,
  ];
}

/** refill(): twist the state in place, then temper it into the block at TEMPERED_OFFSET. */
function refillBody(): Code {
  const [i, word, lanes] = [0, 1, 2];
  const seam = [224, 225, 226].flatMap((k) => twistStep(SCALAR, at(4 * k), at(4 * (k + 1)), at(4 * (k + M)), word));
  return [
    ...uleb(2), 2, I32_TYPE, 1, V128_TYPE,
    ...loopOver(i, 0, 4 * 224, twistStep(VECTOR, op.localGet(i), localPlus(i, 4), localPlus(i, 4 * M), lanes)),
    ...seam,
    ...loopOver(i, 4 * 227, 4 * (N - 1), twistStep(VECTOR, op.localGet(i), localPlus(i, 4), localPlus(i, 4 * (M - N)), lanes)),
    ...twistStep(SCALAR, at(4 * (N - 1)), at(0), at(4 * (M - 1)), word),
    ...loopOver(i, 0, 4 * N, [
      ...op.localGet(i), ...op.v128Load, ...op.localSet(lanes),
      ...temperLanes(lanes),
      ...localPlus(i, TEMPERED_OFFSET), ...op.localGet(lanes), ...op.v128Store,
    ]),
    ...op.end,
  ];
}

/**
 * drawBelow(count, mask, max, position) → position: numpy's masked rejection draws — each tempered word
 * ANDed with mask, kept when ≤ max — from word `position` of the current block on (refilling it when used
 * up), until `count` are stored at DRAWN_OFFSET; returns the position after the last word read.
 * Every word is stored and the store index advances only on acceptance, so there is no branch to guess.
 */
function drawBelowBody(): Code {
  const [count, mask, max, position] = [0, 1, 2, 3];
  const [k, end, word] = [4, 5, 6];
  const blockBytes = 4 * N;
  return [
    ...uleb(1), 3, I32_TYPE,
    ...op.i32Const(DRAWN_OFFSET), ...op.localTee(k),
    ...op.localGet(count), ...op.i32Const(4), ...op.i32Mul, ...op.i32Add, ...op.localSet(end),
    ...op.block,
    ...op.loop,
    ...op.localGet(k), ...op.localGet(end), ...op.i32GeU, ...op.brIf(1),
    ...op.localGet(position), ...op.i32Const(blockBytes), ...op.i32GeU,
    ...op.if, ...op.call(0), ...op.i32Const(0), ...op.localSet(position), ...op.end,
    ...op.loop,
    ...op.localGet(position), ...op.i32LoadAt(TEMPERED_OFFSET), ...op.localGet(mask), ...op.i32And, ...op.localSet(word),
    ...op.localGet(k), ...op.localGet(word), ...op.i32Store,
    ...op.localGet(k), ...op.localGet(word), ...op.localGet(max), ...op.i32LeU, ...by(2), ...op.i32Shl, ...op.i32Add, ...op.localSet(k),
    ...op.localGet(position), ...op.i32Const(4), ...op.i32Add, ...op.localTee(position),
    ...op.i32Const(blockBytes), ...op.i32LtU, ...op.localGet(k), ...op.localGet(end), ...op.i32LtU, ...op.i32And, ...op.brIf(0),
    ...op.end,
    ...op.br(0),
    ...op.end,
    ...op.end,
    ...op.localGet(position), ...op.i32Const(4), ...op.i32DivU,
    ...op.end,
  ];
}

function section(id: number, items: Code[]): Code {
  const body = [...uleb(items.length), ...items.flat()];
  return [id, ...uleb(body.length), ...body];
}

const name = (s: string): Code => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];

function assemble(): Uint8Array {
  const bodies = [refillBody(), drawBelowBody()];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    ...section(1, [[0x60, 0, 0], [0x60, 4, I32_TYPE, I32_TYPE, I32_TYPE, I32_TYPE, 1, I32_TYPE]]), // () → (); (i32 ×4) → i32
    ...section(3, [[0], [1]]), // refill, drawBelow
    ...section(5, [[0x00, 1]]), // one memory, one 64 KiB page to start with
    ...section(7, [[...name('refill'), 0x00, 0], [...name('drawBelow'), 0x00, 1], [...name('memory'), 0x02, 0]]),
    ...section(10, bodies.map((body) => [...uleb(body.length), ...body])),
  ]);
}

/** The part of the WebAssembly API used here (the project's TypeScript libs do not declare it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}

let compiled: object | null | undefined;

/** The compiled module, or null where this runtime has no WebAssembly SIMD (the scalar code then runs). */
function module(): object | null {
  if (compiled === undefined) {
    const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    try {
      compiled = wasm === undefined ? null : new wasm.Module(assemble());
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** One SIMD generator: its own module instance and memory. */
export class SimdBlock {
  private readonly exports: Record<string, unknown>;
  private readonly memory: { buffer: ArrayBuffer; grow: (pages: number) => number };

  constructor(compiledModule: object, wasm: WasmApi) {
    this.exports = new wasm.Instance(compiledModule).exports;
    this.memory = this.exports.memory as { buffer: ArrayBuffer; grow: (pages: number) => number };
  }

  /** The 624 state words (a view: take it afresh after drawBelow, which may grow the memory). */
  state(): Int32Array {
    return new Int32Array(this.memory.buffer, 0, N);
  }

  /** The 624 tempered outputs of the last refill (a view, as for state). */
  tempered(): Int32Array {
    return new Int32Array(this.memory.buffer, TEMPERED_OFFSET, N);
  }

  refill(): void {
    (this.exports.refill as () => void)();
  }

  /**
   * `count` draws in [0, max] (mask: the smallest all-ones mask covering max), from word `position` of
   * the current block on. Returns the draws (a view, valid until the next call) and the new position.
   */
  drawBelow(count: number, mask: number, max: number, position: number): { drawn: Int32Array; position: number } {
    const needed = DRAWN_OFFSET + 4 * count;
    if (needed > this.memory.buffer.byteLength) this.memory.grow(Math.ceil((needed - this.memory.buffer.byteLength) / PAGE));
    const next = (this.exports.drawBelow as (c: number, m: number, x: number, p: number) => number)(count, mask | 0, max | 0, 4 * position);
    return { drawn: new Int32Array(this.memory.buffer, DRAWN_OFFSET, count), position: next };
  }
}

/** A fresh SIMD block generator, or null without WebAssembly SIMD. */
export function simdBlock(): SimdBlock | null {
  const compiledModule = module();
  if (compiledModule === null) return null;
  return new SimdBlock(compiledModule, (globalThis as { WebAssembly?: WasmApi }).WebAssembly as WasmApi);
}
