/**
 * The WebAssembly module behind mt19937-block.ts, written here instruction by instruction (about 1 KiB,
 * nothing to download or build). Three functions:
 * - refill: MT19937's block step — regenerate the 624-word state (the twist) and temper the 624 outputs —
 *   with 128-bit SIMD, four words at a time. The twist's first 227 words read only words not yet
 *   regenerated (i + 397), the next 396 only words regenerated at least 227 places earlier (i − 227), so
 *   four neighbours never depend on each other; the three words at the seam and the last one, which wraps
 *   to word 0, are done one at a time.
 * - drawBelow: numpy's masked rejection draws from the tempered words.
 * - resampleMeans: rouge_score's bootstrap loop of one type (draw, add the drawn rows, divide).
 * The bootstrap of rouge-score mode draws about 65 million 32-bit words for the XSum test set; in
 * JavaScript this was most of its time. Memory: the state at byte 0, the tempered block at 4096, then the
 * draws, or the score rows and the resample means.
 */
import { F64_TYPE, I32_TYPE, V128_TYPE, name, op, section, uleb, type Code } from './wasm-encoding.js';

const M = 397;
const UPPER = 0x80000000 | 0;
const LOWER = 0x7fffffff;
const MATRIX = 0x9908b0df | 0;
const TEMPER_B = 0x9d2c5680 | 0;
const TEMPER_C = 0xefc60000 | 0;
/** Byte offsets in the module's memory: the tempered block, then the draws of the last drawBelow. */
export const TEMPERED_OFFSET = 4096;
export const DRAWN_OFFSET = 8192;
/** The rows resampleMeans reads start where the draws do (the two are never used at once). */
export const ROWS_OFFSET = DRAWN_OFFSET;
export const N = 624;

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
 * The opening both draw loops share: refill the block of tempered words (function 0) when `position` has
 * used it up, then open the rejection loop with the next word masked to the draw's bit width in `word`.
 */
function refillThenMaskedWord(position: number, mask: number, word: number): Code {
  const blockBytes = 4 * N;
  return [
    ...op.localGet(position), ...op.i32Const(blockBytes), ...op.i32GeU,
    ...op.if, ...op.call(0), ...op.i32Const(0), ...op.localSet(position), ...op.end,
    ...op.loop,
    ...op.localGet(position), ...op.i32LoadAt(TEMPERED_OFFSET), ...op.localGet(mask), ...op.i32And, ...op.localSet(word),
  ];
}

/**
 * The closing both draw loops share: step to the next word and go on rejecting while the block lasts and
 * fewer than `limit` are accepted; then close the rejection loop, branch back to the refill, close the outer loop.
 */
function nextWordThenClose(position: number, k: number, limit: number): Code {
  const blockBytes = 4 * N;
  return [
    ...op.localGet(position), ...op.i32Const(4), ...op.i32Add, ...op.localTee(position),
    ...op.i32Const(blockBytes), ...op.i32LtU, ...op.localGet(k), ...op.localGet(limit), ...op.i32LtU, ...op.i32And, ...op.brIf(0),
    ...op.end,
    ...op.br(0),
    ...op.end,
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
  return [
    ...uleb(1), 3, I32_TYPE,
    ...op.i32Const(DRAWN_OFFSET), ...op.localTee(k),
    ...op.localGet(count), ...op.i32Const(4), ...op.i32Mul, ...op.i32Add, ...op.localSet(end),
    ...op.block,
    ...op.loop,
    ...op.localGet(k), ...op.localGet(end), ...op.i32GeU, ...op.brIf(1),
    ...refillThenMaskedWord(position, mask, word),
    ...op.localGet(k), ...op.localGet(word), ...op.i32Store,
    ...op.localGet(k), ...op.localGet(word), ...op.localGet(max), ...op.i32LeU, ...by(2), ...op.i32Shl, ...op.i32Add, ...op.localSet(k),
    ...nextWordThenClose(position, k, end),
    ...op.localGet(position), ...op.i32Const(4), ...op.i32DivU,
    ...op.end,
  ];
}

/**
 * resampleMeans(n, mask, max, position, resamples, meansOffset) → position: rouge_score's bootstrap of one
 * type. For each resample, the draws of drawBelow, each adding its row (precision, recall, F: three f64 at
 * ROWS_OFFSET + 24·draw) to three sums in draw order, as numpy adds the rows; the sums over n are stored
 * at meansOffset + 24·s. The rows from n to mask are zeros, so every word is added without a branch: a
 * rejected one adds +0.0, which leaves a sum of non-negative scores unchanged bit for bit.
 */
function resampleMeansBody(): Code {
  const [n, mask, max, position, resamples, out] = [0, 1, 2, 3, 4, 5];
  const [s, k, word, base] = [6, 7, 8, 9];
  const [sumP, sumR, sumF, count] = [10, 11, 12, 13];
  const addRow = (sum: number, offset: number): Code => [...op.localGet(sum), ...op.localGet(base), ...op.f64LoadAt(offset), ...op.f64Add, ...op.localSet(sum)];
  const storeMean = (sum: number, offset: number): Code => [...op.localGet(out), ...op.localGet(sum), ...op.localGet(count), ...op.f64Div, ...op.f64StoreAt(offset)];
  return [
    ...uleb(2), 4, I32_TYPE, 4, F64_TYPE,
    ...op.localGet(n), ...op.f64ConvertI32U, ...op.localSet(count),
    ...op.block,
    ...op.loop,
    ...op.localGet(s), ...op.localGet(resamples), ...op.i32GeU, ...op.brIf(1),
    ...op.f64Const0, ...op.localSet(sumP), ...op.f64Const0, ...op.localSet(sumR), ...op.f64Const0, ...op.localSet(sumF),
    ...op.i32Const(0), ...op.localSet(k),
    ...op.block,
    ...op.loop,
    ...op.localGet(k), ...op.localGet(n), ...op.i32GeU, ...op.brIf(1),
    ...refillThenMaskedWord(position, mask, word),
    ...op.localGet(word), ...op.i32Const(24), ...op.i32Mul, ...op.i32Const(ROWS_OFFSET), ...op.i32Add, ...op.localSet(base),
    ...addRow(sumP, 0), ...addRow(sumR, 8), ...addRow(sumF, 16),
    ...op.localGet(k), ...op.localGet(word), ...op.localGet(max), ...op.i32LeU, ...op.i32Add, ...op.localSet(k),
    ...nextWordThenClose(position, k, n),
    ...storeMean(sumP, 0), ...storeMean(sumR, 8), ...storeMean(sumF, 16),
    ...op.localGet(out), ...op.i32Const(24), ...op.i32Add, ...op.localSet(out),
    ...op.localGet(s), ...op.i32Const(1), ...op.i32Add, ...op.localSet(s),
    ...op.br(0),
    ...op.end,
    ...op.end,
    ...op.localGet(position), ...op.i32Const(4), ...op.i32DivU,
    ...op.end,
  ];
}


export function assemble(): Uint8Array {
  const bodies = [refillBody(), drawBelowBody(), resampleMeansBody()];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    ...section(1, [[0x60, 0, 0], [0x60, 4, ...Array(4).fill(I32_TYPE), 1, I32_TYPE], [0x60, 6, ...Array(6).fill(I32_TYPE), 1, I32_TYPE]]), // () → (); (i32 ×4) → i32; (i32 ×6) → i32
    ...section(3, [[0], [1], [2]]), // refill, drawBelow, resampleMeans
    ...section(5, [[0x00, 1]]), // one memory, one 64 KiB page to start with
    ...section(7, [[...name('refill'), 0x00, 0], [...name('drawBelow'), 0x00, 1], [...name('resampleMeans'), 0x00, 2], [...name('memory'), 0x02, 0]]),
    ...section(10, bodies.map((body) => [...uleb(body.length), ...body])),
  ]);
}
