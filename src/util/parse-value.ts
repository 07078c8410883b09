/**
 * The rules for a value written as text (an action input, a command-line option): one home, so `true`
 * means the same to every input and a whole number is read the same by every option. Each returns
 * undefined for text it does not accept; the caller names the input in its own sentence.
 */

/** true|yes|1 and false|no|0, any case, surrounding blanks ignored (@actions/core's words plus yes/no and 1/0). */
export function parseBoolean(text: string): boolean | undefined {
  const word = text.trim();
  if (/^(true|yes|1)$/i.test(word)) return true;
  if (/^(false|no|0)$/i.test(word)) return false;
  return undefined;
}

/** Decimal digits only (no sign, exponent, fraction or hex), surrounding blanks ignored, at least `min`. */
export function parseWholeNumber(text: string, min = 0): number | undefined {
  const digits = text.trim();
  if (!/^\d+$/.test(digits)) return undefined;
  const n = Number(digits);
  return Number.isSafeInteger(n) && n >= min ? n : undefined;
}

/** Any finite number JavaScript reads (`1.5`, `-2`, `1e3`); blank text is not a number. */
export function parseNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}
