/**
 * ROUGE-1.5.5 stores every score as sprintf("%7.5f", x) and computes with the rounded strings.
 * C's printf rounds the exact binary value to the nearest 5-decimal number and a true tie to even;
 * Number.prototype.toFixed would round a tie up, so ties are settled here from the exact expansion.
 */
export function roundLikePrintf5(x: number): number {
  if (!Number.isFinite(x) || x < 0) throw new RangeError(`ROUGE score out of range: ${x}`);
  // Fast path: far from a half-way point the scaled product decides; k/1e5 is the double nearest to
  // the decimal k·10⁻⁵, the same double the script gets back from its string.
  const scaled = x * 1e5;
  const fraction = scaled - Math.floor(scaled);
  if (Math.abs(fraction - 0.5) > 1e-6) return Math.round(scaled) / 1e5;
  return exactRound(x);
}

function exactRound(x: number): number {
  const exact = x.toFixed(40);
  const point = exact.indexOf('.');
  const kept = BigInt(exact.slice(0, point) + exact.slice(point + 1, point + 6));
  const rest = exact.slice(point + 6);
  const firstDropped = rest.charCodeAt(0) - 48;
  const tail = rest.slice(1);
  let roundUp: boolean;
  if (firstDropped > 5) roundUp = true;
  else if (firstDropped < 5) roundUp = false;
  else if (/[1-9]/.test(tail)) roundUp = true;
  else roundUp = kept % 2n === 1n;
  const value = roundUp ? kept + 1n : kept;
  const whole = value / 100000n;
  const fraction = (value % 100000n).toString().padStart(5, '0');
  return Number(`${whole}.${fraction}`);
}
