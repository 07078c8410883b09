/**
 * The Porter stemmer exactly as ROUGE-1.5.5 runs it (-m): the 1980 algorithm as Martin Porter's early
 * reference code expressed it with regular expressions, plus Chin-Yew Lin's 2004 change to step 4
 * (an "-ement" word does not go on to try "-ment" and "-ent" in the same pass, but "-ment" and "-ent"
 * are tried one after another on what is left). Differences from nltk's default mode that matter for
 * scores: no irregular-form pool, y→i whenever the stem has a vowel, "-ies" always → "-i", "logi"→"log"
 * with the plain m>0 test, and step 4 / step 5 follow the regex forms below.
 *
 * Measure tests use the patterns [C](VC){m}[V], where a consonant is any letter but a, e, i, o, u and a
 * vowel is a, e, i, o, u or y; an initial y is turned into Y for the duration so it always counts as a
 * consonant.
 */

const CONSONANT = '[^aeiou]';
const VOWEL = '[aeiouy]';
const CONSONANTS = `${CONSONANT}[^aeiouy]*`;
const VOWELS = `${VOWEL}[aeiou]*`;

/** m > 0 */
const M_GT_0 = new RegExp(`^(${CONSONANTS})?${VOWELS}${CONSONANTS}`);
/** m = 1 */
const M_EQ_1 = new RegExp(`^(${CONSONANTS})?${VOWELS}${CONSONANTS}(${VOWELS})?$`);
/** m > 1 */
const M_GT_1 = new RegExp(`^(${CONSONANTS})?${VOWELS}${CONSONANTS}${VOWELS}${CONSONANTS}`);
/** the stem contains a vowel */
const HAS_VOWEL = new RegExp(`^(${CONSONANTS})?${VOWEL}`);
/** *o: consonant-vowel-consonant, the last not w, x or y (as a whole short stem) */
const SHORT_CVC = new RegExp(`^${CONSONANTS}${VOWEL}[^aeiouwxy]$`);

const STEP2: Readonly<Record<string, string>> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al',
  entli: 'ent', eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al',
  iveness: 'ive', fulness: 'ful', ousness: 'ous', aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log',
};
const STEP2_SUFFIX = new RegExp(`(${Object.keys(STEP2).join('|')})$`);

const STEP3: Readonly<Record<string, string>> = {
  icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '',
};
const STEP3_SUFFIX = new RegExp(`(${Object.keys(STEP3).join('|')})$`);

const STEP4_SUFFIX = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;

/** Text before the match (Perl's $`), for a regex anchored at the end. */
function before(word: string, match: RegExpExecArray): string {
  return word.slice(0, match.index);
}

function step1(input: string): string {
  let w = input;
  let m = /(ss|i)es$/.exec(w);
  if (m) w = before(w, m) + (m[1] as string);
  else if ((m = /([^s])s$/.exec(w))) w = before(w, m) + (m[1] as string);

  if ((m = /eed$/.exec(w))) {
    if (M_GT_0.test(before(w, m))) w = w.slice(0, -1);
  } else if ((m = /(ed|ing)$/.exec(w))) {
    const stem = before(w, m);
    if (HAS_VOWEL.test(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (SHORT_CVC.test(w)) w += 'e';
    }
  }

  if ((m = /y$/.exec(w))) {
    const stem = before(w, m);
    if (HAS_VOWEL.test(stem)) w = stem + 'i';
  }
  return w;
}

function step23(input: string, pattern: RegExp, table: Readonly<Record<string, string>>): string {
  const m = pattern.exec(input);
  if (!m) return input;
  const stem = before(input, m);
  return M_GT_0.test(stem) ? stem + (table[m[1] as string] as string) : input;
}

function step4(input: string): string {
  let w = input;
  let m = STEP4_SUFFIX.exec(w);
  if (m && M_GT_1.test(before(w, m))) w = before(w, m);
  if ((m = /ment$/.exec(w)) && M_GT_1.test(before(w, m))) w = before(w, m);
  if ((m = /ent$/.exec(w))) {
    if (M_GT_1.test(before(w, m))) w = before(w, m);
  } else if ((m = /(s|t)(ion)$/.exec(w))) {
    const stem = before(w, m) + (m[1] as string);
    if (M_GT_1.test(stem)) w = stem;
  }
  return w;
}

function step5(input: string): string {
  let w = input;
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    if (M_GT_1.test(stem) || (M_EQ_1.test(stem) && !SHORT_CVC.test(stem))) w = stem;
  }
  if (w.endsWith('ll') && M_GT_1.test(w)) w = w.slice(0, -1);
  return w;
}

/** Stems one lower-case token the way ROUGE-1.5.5's `stem` does. */
export function porterRouge155Stem(word: string): string {
  if (word.length < 3) return word;
  const initialY = word.startsWith('y');
  let w = initialY ? 'Y' + word.slice(1) : word;
  w = step1(w);
  w = step23(w, STEP2_SUFFIX, STEP2);
  w = step23(w, STEP3_SUFFIX, STEP3);
  w = step4(w);
  w = step5(w);
  return initialY ? w.charAt(0).toLowerCase() + w.slice(1) : w;
}
