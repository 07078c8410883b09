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
  return Number(formatLikePrintf(x, 5));
}

/**
 * printf("%.<decimals>f", x) for a finite x ≥ 0, as C (Perl, Python's %-format) prints it: the exact
 * binary value rounded to `decimals` places, a true tie to even. toFixed(100) is the exact expansion for
 * every double ≥ 2⁻⁴⁷ (its last bit sits above the 100th decimal); smaller values round to 0 anyway.
 */
export function formatLikePrintf(x: number, decimals: number): string {
  if (!Number.isFinite(x) || x < 0) throw new RangeError(`ROUGE score out of range: ${x}`);
  const exact = x.toFixed(100);
  const point = exact.indexOf('.');
  const kept = BigInt(exact.slice(0, point) + exact.slice(point + 1, point + 1 + decimals));
  const rest = exact.slice(point + 1 + decimals);
  const firstDropped = rest.charCodeAt(0) - 48;
  let roundUp: boolean;
  if (firstDropped > 5) roundUp = true;
  else if (firstDropped < 5) roundUp = false;
  else if (/[1-9]/.test(rest.slice(1))) roundUp = true;
  else roundUp = kept % 2n === 1n;
  const digits = (roundUp ? kept + 1n : kept).toString().padStart(decimals + 1, '0');
  if (decimals === 0) return digits;
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
