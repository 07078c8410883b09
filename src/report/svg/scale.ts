/** Linear scales and round tick values for the SVG charts. */

export type Scale = (v: number) => number;

export function linearScale(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** A step of 1, 2 or 5 × 10^k giving about `count` intervals over [lo, hi]. */
export function niceStep(lo: number, hi: number, count: number): number {
  const raw = (hi - lo || Math.abs(hi) || 1) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
}

/** Widens [lo, hi] to round ends and lists the ticks in between. */
export function niceDomain(lo: number, hi: number, count = 5): { domain: [number, number]; ticks: number[] } {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { domain: [0, 1], ticks: [0, 1] };
  if (lo === hi) {
    hi = lo + (lo === 0 ? 1 : Math.abs(lo) * 0.1);
  }
  const step = niceStep(lo, hi, count);
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= end + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { domain: [start, end], ticks };
}

/**
 * niceDomain applied until it no longer moves: a domain the frame's own niceDomain call leaves as it is,
 * so data binned on it ends exactly where the drawn axis ends.
 */
export function stableNiceDomain(lo: number, hi: number, count: number): [number, number] {
  let domain = niceDomain(lo, hi, count).domain;
  for (let i = 0; i < 4; i++) {
    const next = niceDomain(domain[0], domain[1], count).domain;
    if (next[0] === domain[0] && next[1] === domain[1]) break;
    domain = next;
  }
  return domain;
}

/** Short tick labels: 1200 → 1.2k, 0.25 → 0.25. */
export function formatTick(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${Number((v / 1e6).toPrecision(3))}M`;
  if (a >= 1e4) return `${Number((v / 1e3).toPrecision(3))}k`;
  return String(Number(v.toPrecision(4)));
}
