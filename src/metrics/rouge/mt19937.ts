/**
 * MT19937 (Matsumoto & Nishimura 1998) seeded the way numpy's legacy `np.random.seed(int)` seeds it
 * (init_genrand), plus numpy's legacy bounded-integer draw. With the same seed the resampling indices are
 * exactly those `np.random.choice(n, size=n)` draws, which is what rouge_score's BootstrapAggregator uses.
 * The block step runs as WebAssembly SIMD where the runtime has it (mt19937-block.ts), else as the
 * scalar code below; both give the same words.
 */
import { simdBlock, type SimdBlock } from './mt19937-block.js';

const N = 624;
const M = 397;

export class Mt19937 {
  // Int32Array keeps every value a 32-bit integer in optimized code; the bits are what matter.
  // Views into the SIMD block's memory when there is one (taken afresh when that memory grows).
  private state: Int32Array;
  private tempered: Int32Array;
  private readonly block: SimdBlock | null;
  private position = N;
  private drawn = new Int32Array(0);

  /** `scalar` forces the JavaScript block step and draws (to check the SIMD ones against them). */
  constructor(seed: number, options: { scalar?: boolean } = {}) {
    this.block = options.scalar === true ? null : simdBlock();
    this.state = this.block?.state() ?? new Int32Array(N);
    this.tempered = this.block?.tempered() ?? new Int32Array(N);
    const s = this.state;
    s[0] = seed | 0;
    for (let i = 1; i < N; i += 1) {
      const previous = (s[i - 1] as number) ^ ((s[i - 1] as number) >>> 30);
      s[i] = (Math.imul(1812433253, previous) + i) | 0;
    }
  }

  /** Regenerates the state and stores the 624 tempered outputs it yields. */
  private twist(): void {
    this.position = 0;
    if (this.block !== null) {
      this.block.refill();
      return;
    }
    const s = this.state;
    let i = 0;
    for (; i < N - M; i += 1) {
      const y = ((s[i] as number) & 0x80000000) | ((s[i + 1] as number) & 0x7fffffff);
      s[i] = (s[i + M] as number) ^ (y >>> 1) ^ (-(y & 1) & 0x9908b0df);
    }
    for (; i < N - 1; i += 1) {
      const y = ((s[i] as number) & 0x80000000) | ((s[i + 1] as number) & 0x7fffffff);
      s[i] = (s[i + M - N] as number) ^ (y >>> 1) ^ (-(y & 1) & 0x9908b0df);
    }
    const last = ((s[N - 1] as number) & 0x80000000) | ((s[0] as number) & 0x7fffffff);
    s[N - 1] = (s[M - 1] as number) ^ (last >>> 1) ^ (-(last & 1) & 0x9908b0df);
    const out = this.tempered;
    for (let k = 0; k < N; k += 1) {
      let y = s[k] as number;
      y ^= y >>> 11;
      y ^= (y << 7) & 0x9d2c5680;
      y ^= (y << 15) & 0xefc60000;
      y ^= y >>> 18;
      out[k] = y;
    }
  }

  /** genrand_int32 */
  nextUint32(): number {
    if (this.position >= N) this.twist();
    const y = this.tempered[this.position] as number;
    this.position += 1;
    return y >>> 0;
  }

  /** genrand_res53, numpy's `random_sample()`: a double in [0, 1). */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * A uniform integer in [0, n), as numpy's legacy `randint(0, n)` draws it for n ≤ 2^32: mask a 32-bit
   * draw down to the smallest all-ones mask covering n - 1 and reject values above n - 1.
   */
  nextBelow(n: number): number {
    const max = n - 1;
    if (max <= 0) return 0;
    const mask = maskFor(max);
    for (;;) {
      const value = (this.nextUint32() & mask) >>> 0;
      if (value <= max) return value;
    }
  }

  /**
   * `count` draws of nextBelow(n), in order, without per-call overhead: a view that the next call
   * overwrites.
   */
  drawBelow(n: number, count: number): Int32Array {
    const max = n - 1;
    if (this.block !== null && max > 0 && max <= 0x7fffffff) {
      const { drawn, position } = this.block.drawBelow(count, maskFor(max), max, this.position);
      this.position = position;
      if (this.tempered.length === 0) {
        this.state = this.block.state();
        this.tempered = this.block.tempered();
      }
      return drawn;
    }
    if (this.drawn.length !== count) this.drawn = new Int32Array(count);
    this.fillBelow(n, this.drawn);
    return this.drawn;
  }

  /**
   * rouge_score's bootstrap means over `rows` (n rows of precision, recall, F) from these draws, three
   * per resample, computed in the SIMD module; null where it is not available (the caller then draws
   * and adds in JavaScript, with the same result).
   */
  resampleMeans(rows: Float64Array, n: number, resamples: number): Float64Array | null {
    const max = n - 1;
    // The module holds a zero-padded row table of mask + 1 rows (24 bytes each): up to 2^22 rows, 96 MiB.
    if (this.block === null || max <= 0 || max >= 2 ** 22) return null;
    const { means, position } = this.block.resampleMeans(rows, n, maskFor(max), resamples, this.position);
    this.position = position;
    if (this.tempered.length === 0) {
      this.state = this.block.state();
      this.tempered = this.block.tempered();
    }
    return means;
  }

  /** `out.length` draws of nextBelow(n), in order, in JavaScript. */
  fillBelow(n: number, out: Int32Array): void {
    const max = n - 1;
    if (max <= 0) {
      out.fill(0);
      return;
    }
    const mask = maskFor(max);
    const tempered = this.tempered;
    const length = out.length;
    let position = this.position;
    let k = 0;
    while (k < length) {
      if (position >= N) {
        this.twist();
        position = 0;
      }
      // Walk the current block of outputs without re-checking for a twist; store unconditionally and
      // advance only on acceptance, so there is no hard-to-predict branch.
      let p = position;
      for (; p < N && k < length; p += 1) {
        const value = (tempered[p] as number) & mask;
        out[k] = value;
        k += value <= max ? 1 : 0;
      }
      position = p;
    }
    this.position = position;
  }
}

/** The smallest all-ones bit mask covering max. */
function maskFor(max: number): number {
  let mask = max;
  mask |= mask >>> 1;
  mask |= mask >>> 2;
  mask |= mask >>> 4;
  mask |= mask >>> 8;
  mask |= mask >>> 16;
  return mask >>> 0;
}
