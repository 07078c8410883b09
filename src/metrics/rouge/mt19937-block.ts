/**
 * MT19937's block step and rouge_score's bootstrap loop as WebAssembly SIMD (mt19937-kernels.ts), one
 * module instance and memory per generator. Where the runtime has no WebAssembly SIMD, simdBlock() gives
 * null and mt19937.ts runs its scalar JavaScript instead; both give the same numbers (tested).
 */
import { assemble, DRAWN_OFFSET, N, ROWS_OFFSET, TEMPERED_OFFSET } from './mt19937-kernels.js';
import { compileModule, ensureMemory, instantiate, type WasmMemory } from './wasm-encoding.js';

let compiled: object | null | undefined;

/** The compiled module, or null where this runtime has no WebAssembly SIMD (the scalar code then runs). */
function module(): object | null {
  if (compiled === undefined) compiled = compileModule(assemble());
  return compiled;
}

/** One SIMD generator: its own module instance and memory. */
export class SimdBlock {
  private readonly exports: Record<string, unknown>;
  private readonly memory: WasmMemory;

  constructor(compiledModule: object) {
    this.exports = instantiate(compiledModule);
    this.memory = this.exports.memory as WasmMemory;
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
    ensureMemory(this.memory, DRAWN_OFFSET + 4 * count);
    const next = (this.exports.drawBelow as (c: number, m: number, x: number, p: number) => number)(count, mask | 0, max | 0, 4 * position);
    return { drawn: new Int32Array(this.memory.buffer, DRAWN_OFFSET, count), position: next };
  }

  /**
   * rouge_score's bootstrap means of one type: `rows` holds n rows of (precision, recall, F); each of
   * `resamples` resamples draws n rows from word `position` on (as drawBelow) and averages them in draw
   * order. Returns the means, three per resample, and the new position.
   */
  resampleMeans(rows: Float64Array, n: number, mask: number, resamples: number, position: number): { means: Float64Array; position: number } {
    const padded = (mask + 1) * 3;
    const meansOffset = ROWS_OFFSET + 8 * padded;
    ensureMemory(this.memory, meansOffset + 24 * resamples);
    const table = new Float64Array(this.memory.buffer, ROWS_OFFSET, padded);
    table.set(rows.subarray(0, 3 * n));
    table.fill(0, 3 * n);
    const call = this.exports.resampleMeans as (n: number, m: number, x: number, p: number, r: number, o: number) => number;
    const next = call(n, mask | 0, (n - 1) | 0, 4 * position, resamples, meansOffset);
    return { means: new Float64Array(this.memory.buffer, meansOffset, 3 * resamples), position: next };
  }
}

/** A fresh SIMD block generator, or null without WebAssembly SIMD. */
export function simdBlock(): SimdBlock | null {
  const compiledModule = module();
  if (compiledModule === null) return null;
  return new SimdBlock(compiledModule);
}
