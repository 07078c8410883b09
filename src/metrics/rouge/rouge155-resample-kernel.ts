/**
 * ROUGE-1.5.5's bootstrap loop as a small WebAssembly module, written here instruction by instruction:
 * for resample s, drand48 seeded as Perl's srand(seed + s) (x = (seed + s)·2^16 + 0x330E), n draws
 * int(n · x/2^48) after x ← (0x5DEECE66D·x + 0xB) mod 2^48, each adding its row of `width` scores to
 * `width` sums in draw order; the sums over n are the resample's means. The same integer and double
 * operations as perl-drand48.ts and bootstrap.ts's JavaScript loop, so the same numbers (tested); for the
 * XSum test set's 11 million draws about 60 ms CPU against about 220 ms for that loop. Null where the
 * runtime has no WebAssembly.
 */
import { compileModule, ensureMemory, F64_TYPE, I32_TYPE, I64_TYPE, instantiate, name, op, section, uleb, type Code, type WasmMemory } from './wasm-encoding.js';

/** Byte offset of the score rows (n rows of `width` f64) in the module's memory; the means follow them. */
const ROWS_OFFSET = 0;
const MASK_48 = (1n << 48n) - 1n;

/** resampleMeans(n, seed, resamples, meansOffset): the means of resample s at meansOffset + 8·width·s. */
function resampleMeansBody(width: number): Code {
  const [n, seed, resamples, out] = [0, 1, 2, 3];
  const [s, k, base, x, count] = [4, 5, 6, 7, 8];
  const sum = (j: number): number => 9 + j;
  const sums = Array.from({ length: width }, (_, j) => sum(j));
  return [
    ...uleb(3), 3, I32_TYPE, 1, I64_TYPE, 1 + width, F64_TYPE,
    ...op.localGet(n), ...op.f64ConvertI32U, ...op.localSet(count),
    ...op.block,
    ...op.loop,
    ...op.localGet(s), ...op.localGet(resamples), ...op.i32GeU, ...op.brIf(1),
    // srand(seed + s): x = (seed + s mod 2^32)·2^16 + 0x330E
    ...op.localGet(seed), ...op.localGet(s), ...op.i32Add, ...op.i64ExtendI32U, ...op.i64Const(16n), ...op.i64Shl,
    ...op.i64Const(0x330en), ...op.i64Or, ...op.localSet(x),
    ...sums.flatMap((j) => [...op.f64Const0, ...op.localSet(j)]),
    ...op.i32Const(0), ...op.localSet(k),
    ...op.block,
    ...op.loop,
    ...op.localGet(k), ...op.localGet(n), ...op.i32GeU, ...op.brIf(1),
    // x ← (0x5DEECE66D·x + 0xB) mod 2^48; the drawn row is int(n · x/2^48)
    ...op.localGet(x), ...op.i64Const(0x5deece66dn), ...op.i64Mul, ...op.i64Const(0xbn), ...op.i64Add, ...op.i64Const(MASK_48), ...op.i64And, ...op.localTee(x),
    ...op.f64ConvertI64U, ...op.f64Const(2 ** -48), ...op.f64Mul, ...op.localGet(count), ...op.f64Mul, ...op.i32TruncF64U,
    ...op.i32Const(8 * width), ...op.i32Mul, ...op.i32Const(ROWS_OFFSET), ...op.i32Add, ...op.localSet(base),
    ...sums.flatMap((j, c) => [...op.localGet(j), ...op.localGet(base), ...op.f64LoadAt(8 * c), ...op.f64Add, ...op.localSet(j)]),
    ...op.localGet(k), ...op.i32Const(1), ...op.i32Add, ...op.localSet(k),
    ...op.br(0),
    ...op.end,
    ...op.end,
    ...sums.flatMap((j, c) => [...op.localGet(out), ...op.localGet(j), ...op.localGet(count), ...op.f64Div, ...op.f64StoreAt(8 * c)]),
    ...op.localGet(out), ...op.i32Const(8 * width), ...op.i32Add, ...op.localSet(out),
    ...op.localGet(s), ...op.i32Const(1), ...op.i32Add, ...op.localSet(s),
    ...op.br(0),
    ...op.end,
    ...op.end,
    ...op.end,
  ];
}

function assemble(width: number): Uint8Array {
  const body = resampleMeansBody(width);
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    ...section(1, [[0x60, 4, I32_TYPE, I32_TYPE, I32_TYPE, I32_TYPE, 0]]), // (i32 ×4) → ()
    ...section(3, [[0]]),
    ...section(5, [[0x00, 1]]), // one memory, one 64 KiB page to start with
    ...section(7, [[...name('resampleMeans'), 0x00, 0], [...name('memory'), 0x02, 0]]),
    ...section(10, [[...uleb(body.length), ...body]]),
  ]);
}

const compiled = new Map<number, object | null>();

function moduleFor(width: number): object | null {
  if (!compiled.has(width)) compiled.set(width, compileModule(assemble(width)));
  return compiled.get(width) ?? null;
}

/**
 * The means of `resamples` resamples of `rows` (n rows of `width` scores), resample s drawn after
 * srand(seed + s): `width` per resample, or null where WebAssembly is not available.
 */
export function rouge155ResampleMeans(rows: Float64Array, width: number, n: number, seed: number, resamples: number): Float64Array | null {
  const compiledModule = moduleFor(width);
  if (compiledModule === null || n < 1 || n > 0x7fffffff) return null;
  const exports = instantiate(compiledModule);
  const memory = exports.memory as WasmMemory;
  const meansOffset = ROWS_OFFSET + 8 * width * n;
  ensureMemory(memory, meansOffset + 8 * width * resamples);
  new Float64Array(memory.buffer, ROWS_OFFSET, width * n).set(rows.subarray(0, width * n));
  (exports.resampleMeans as (n: number, seed: number, resamples: number, out: number) => void)(n, seed % 2 ** 32 | 0, resamples, meansOffset);
  return new Float64Array(memory.buffer, meansOffset, width * resamples).slice();
}
