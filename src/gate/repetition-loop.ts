/** Longest repeated unit looked for, in words: loops of a phrase up to this long are caught. */
const MAX_PERIOD_WORDS = 8;
/** A loop covers at least this many words, and its unit repeats at least REPEATS times. */
const MIN_LOOP_WORDS = 12;
const REPEATS = 4;

/**
 * Whether a text ends up in a repetition loop: some unit of 1 to 8 words repeated back to back at least
 * 4 times over at least 12 words ("the the the …", "and the cat and the cat …"), the way a greedy decoder
 * that has lost the thread fails. Words are whitespace-separated (docs/metrics.md, "Output integrity").
 */
export function hasRepetitionLoop(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word !== '');
  for (let period = 1; period <= MAX_PERIOD_WORDS; period++) {
    // `run` counts words equal to the one `period` places before: a unit repeated r times gives (r − 1)·period.
    const needed = Math.max((REPEATS - 1) * period, MIN_LOOP_WORDS - period);
    let run = 0;
    for (let i = period; i < words.length; i++) {
      run = words[i] === words[i - period] ? run + 1 : 0;
      if (run >= needed) return true;
    }
  }
  return false;
}
