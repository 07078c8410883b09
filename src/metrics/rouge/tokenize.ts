/**
 * The two references' tokenizers, in three parts: how a text splits into sentences (lines), how a line
 * splits into pieces, and which pieces are stemmed. ROUGE-Lsum and ROUGE-1.5.5's ROUGE-L work per line;
 * the n-gram scores use the lines' tokens concatenated.
 */
import { porterNltkStem } from './porter-nltk.js';
import { porterRouge155Stem } from './porter-rouge155.js';
import { wordnetException } from './wordnet-exceptions.js';

export type Stemmer = (token: string) => string;

/** ROUGE-1.5.5 -m: the WordNet exception table first, its Porter stemmer otherwise. */
export function rouge155Stem(token: string): string {
  return wordnetException(token) ?? porterRouge155Stem(token);
}

export const nltkStem: (token: string) => string = porterNltkStem;

const NON_ALPHANUMERIC = /[^a-z0-9]+/;
const ASCII_UPPER = /[A-Z]+/g;

/** The pieces of a line a tokenizer keeps, before stemming (both references drop empty pieces). */
function pieces(lowered: string): string[] {
  return lowered.split(NON_ALPHANUMERIC).filter((piece) => piece.length > 0);
}

/**
 * rouge_score 0.1.2 on one sentence: full Unicode lower-casing, every run of characters outside [a-z0-9]
 * becomes a separator, empty pieces are dropped.
 */
export function rougeScorePieces(text: string): string[] {
  return pieces(text.toLowerCase());
}

/**
 * ROUGE-1.5.5 on one SPL line: only A-Z is lower-cased (tr/A-Z/a-z/); "-" and every character outside
 * [A-Za-z0-9] become separators (the script reads bytes, so each byte of a non-ASCII character does);
 * the pieces are what is left, since the script keeps only tokens starting with [a-z0-9$] and "$" never
 * survives.
 */
export function rouge155Pieces(line: string): string[] {
  return pieces(line.replace(ASCII_UPPER, (upper) => upper.toLowerCase()));
}

/** Both references stem only pieces longer than 3 characters. */
export function stemPiece(piece: string, stem: Stemmer | null): string {
  return stem !== null && piece.length > 3 ? stem(piece) : piece;
}

/**
 * rouge_score's sentence split for ROUGE-Lsum: on "\n" only, dropping empty strings (a line of spaces
 * stays, with no tokens).
 */
export function splitRougeScoreSentences(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

/** SPL format: each line that is not empty (before trimming) is one sentence. */
export function splitRouge155Sentences(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}
