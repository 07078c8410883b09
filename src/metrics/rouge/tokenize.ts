/**
 * The two reference tokenizers. Both return lines (sentences) of tokens, because ROUGE-Lsum and
 * ROUGE-1.5.5's ROUGE-L work per line; the n-gram scores use the lines concatenated.
 */
import { porterNltkStem } from './porter-nltk.js';
import { porterRouge155Stem } from './porter-rouge155.js';
import { wordnetException } from './wordnet-exceptions.js';

export type Stemmer = (token: string) => string;

/** Memoizes a stemmer: corpora repeat words a lot, and both stemmers are pure. */
export function cachedStemmer(stem: (token: string) => string): Stemmer {
  const cache = new Map<string, string>();
  return (token) => {
    let stemmed = cache.get(token);
    if (stemmed === undefined) {
      stemmed = stem(token);
      cache.set(token, stemmed);
    }
    return stemmed;
  };
}

/** ROUGE-1.5.5 -m: the WordNet exception table first, its Porter stemmer otherwise. */
export function rouge155Stem(token: string): string {
  return wordnetException(token) ?? porterRouge155Stem(token);
}

export const nltkStem: (token: string) => string = porterNltkStem;

const NON_ALPHANUMERIC = /[^a-z0-9]+/;

/**
 * rouge_score 0.1.2 on one sentence: full Unicode lower-casing, every run of characters outside [a-z0-9]
 * becomes a separator, tokens longer than 3 characters are stemmed, empty tokens are dropped.
 */
export function tokenizeRougeScore(text: string, stem: Stemmer | null): string[] {
  const tokens: string[] = [];
  for (const raw of text.toLowerCase().split(NON_ALPHANUMERIC)) {
    if (raw.length === 0) continue;
    tokens.push(stem !== null && raw.length > 3 ? stem(raw) : raw);
  }
  return tokens;
}

/**
 * rouge_score's sentence split for ROUGE-Lsum: on "\n" only, dropping empty strings (a line of spaces
 * stays, with no tokens).
 */
export function splitRougeScoreSentences(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

const ASCII_UPPER = /[A-Z]+/g;

/**
 * ROUGE-1.5.5 on one SPL line: only A-Z is lower-cased (tr/A-Z/a-z/); "-" and every character outside
 * [A-Za-z0-9] become separators (the script reads bytes, so each byte of a non-ASCII character does);
 * tokens are what is left, since only tokens starting with [a-z0-9$] are kept and "$" never survives.
 * Tokens longer than 3 characters are stemmed under -m.
 */
export function tokenizeRouge155(line: string, stem: Stemmer | null): string[] {
  const lowered = line.replace(ASCII_UPPER, (upper) => upper.toLowerCase());
  return tokenizeRougeScoreLowered(lowered, stem);
}

function tokenizeRougeScoreLowered(lowered: string, stem: Stemmer | null): string[] {
  const tokens: string[] = [];
  for (const raw of lowered.split(NON_ALPHANUMERIC)) {
    if (raw.length === 0) continue;
    tokens.push(stem !== null && raw.length > 3 ? stem(raw) : raw);
  }
  return tokens;
}

/** SPL format: each line that is not empty (before trimming) is one sentence. */
export function splitRouge155Sentences(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}
