/**
 * Perl's `srand(seed); int(rand(n))` on Linux: the drand48 linear congruential generator
 * x ← (0x5DEECE66D·x + 0xB) mod 2^48, seeded x = seed·2^16 + 0x330E, rand() = x / 2^48
 * (Perl ≥ 5.20 carries its own copy; earlier builds called the C library's, with the same result).
 * ROUGE-1.5.5 reseeds with srand(i) before drawing resample i, so its intervals are reproducible.
 * The 48-bit state is kept as three 16-bit limbs so every product stays exact in a double.
 */
const LIMB = 65536; // 2^16
const MULT = [0xe66d, 0xdeec, 0x0005] as const; // 0x5DEECE66D in 16-bit limbs, low first
const ADD = 0xb;
const SCALE = 281474976710656; // 2^48

export class PerlDrand48 {
  private x0: number;
  private x1: number;
  private x2: number;

  constructor(seed: number) {
    // seed·2^16 + 0x330E, truncated to 48 bits.
    this.x0 = 0x330e;
    this.x1 = seed % LIMB;
    this.x2 = Math.floor(seed / LIMB) % LIMB;
  }

  /** rand(): the next value in [0, 1). */
  next(): number {
    const [a0, a1, a2] = MULT;
    const { x0, x1, x2 } = this;
    const t0 = a0 * x0 + ADD;
    const n0 = t0 & 0xffff; // ToInt32 keeps the low 16 bits of these exact integers
    const t1 = a0 * x1 + a1 * x0 + (t0 - n0) / LIMB;
    const n1 = t1 & 0xffff;
    const t2 = a0 * x2 + a1 * x1 + a2 * x0 + (t1 - n1) / LIMB;
    const n2 = t2 & 0xffff;
    this.x0 = n0;
    this.x1 = n1;
    this.x2 = n2;
    return ((n2 * LIMB + n1) * LIMB + n0) / SCALE;
  }

  /** int(rand(n)) */
  nextBelow(n: number): number {
    return Math.floor(n * this.next());
  }

  /** `out.length` draws of int(rand(n)), in order, with the state held in locals. */
  fillBelow(n: number, out: Int32Array): void {
    let { x0, x1, x2 } = this;
    for (let k = 0; k < out.length; k += 1) {
      const t0 = 0xe66d * x0 + ADD;
      const n0 = t0 & 0xffff;
      const t1 = 0xe66d * x1 + 0xdeec * x0 + (t0 - n0) / LIMB;
      const n1 = t1 & 0xffff;
      const t2 = 0xe66d * x2 + 0xdeec * x1 + 0x0005 * x0 + (t1 - n1) / LIMB;
      x0 = n0;
      x1 = n1;
      x2 = t2 & 0xffff;
      out[k] = Math.floor(n * (((x2 * LIMB + x1) * LIMB + x0) / SCALE));
    }
    this.x0 = x0;
    this.x1 = x1;
    this.x2 = x2;
  }
}
