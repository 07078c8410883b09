/**
 * One monotonic clock across threads. Every thread's performance.now() is CLOCK_MONOTONIC minus that
 * thread's origin. Node ≥ 20 gives a worker the process's origin, but a runtime may give it its own (when
 * the worker started), while process.hrtime.bigint() reads the same CLOCK_MONOTONIC in every thread. So
 * each thread finds its origin on the shared clock once, and a stamp moves between threads by the
 * difference of the two origins.
 *
 * The origin is read between two hrtime calls; the tightest of many brackets bounds its error (tens of
 * nanoseconds here, against records rounded to 1 µs; docs/metrics.md, "Clock and timestamps").
 */

/** This thread's performance.now() origin on CLOCK_MONOTONIC, in ns, and the bracket that bounds it. */
export interface ThreadOrigin {
  origin_ns: bigint;
  /** Width of the hrtime bracket the reading of performance.now() fell in, ns (the error is at most half). */
  bracket_ns: number;
}

const SAMPLES = 200;

export function threadOrigin(): ThreadOrigin {
  let best: ThreadOrigin = { origin_ns: 0n, bracket_ns: Infinity };
  for (let i = 0; i < SAMPLES; i++) {
    const before = process.hrtime.bigint();
    const now = performance.now();
    const after = process.hrtime.bigint();
    const width = Number(after - before);
    if (width < best.bracket_ns) {
      // performance.now() is a whole number of ns from the origin, held in a double: round it back.
      best = { origin_ns: (before + after) / 2n - BigInt(Math.round(now * 1e6)), bracket_ns: width };
    }
  }
  return best;
}

/**
 * Milliseconds to add to a stamp of the thread with origin `from` to read it on the clock of origin `to`.
 * Origins that the brackets cannot tell apart are the same origin (Node ≥ 20 gives every worker the
 * process's), so the shift is then exactly 0 rather than the estimates' noise.
 */
export function originShiftMs(from: ThreadOrigin, to: ThreadOrigin): number {
  const apart = from.origin_ns - to.origin_ns;
  const tolerance = BigInt(Math.ceil((from.bracket_ns + to.bracket_ns) / 2));
  if (apart <= tolerance && -apart <= tolerance) return 0;
  return Number(apart) / 1e6;
}
