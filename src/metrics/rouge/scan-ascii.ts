/**
 * One pass over a text's UTF-16 code units that gives what the two tokenizers give on it (tokenize.ts),
 * without splitting lines, lower-casing copies or regular expressions: lines end at "\n" and an empty line
 * is no sentence; a piece is a run of [A-Za-z0-9] with A-Z lower-cased; every other code unit separates.
 * That is ROUGE-1.5.5's rule for any text. It is rouge_score's only for ASCII text: full Unicode
 * lower-casing can turn a non-ASCII character into [a-z0-9] ("K", the Kelvin sign, → "k"), so the
 * scan gives up (null) on the first non-ASCII code unit when asked to, and the caller takes the slow path.
 */
import type { TokenizedText } from './tokenized-text.js';

/** The stemmed word and token id of a piece (memoised by the caller). */
export interface PieceEntry {
  word: string;
  id: number;
}

const NEWLINE = 10;

function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

export function scanText(text: string, nonAsciiSeparates: boolean, entryOf: (piece: string) => PieceEntry): TokenizedText | null {
  const words: string[] = [];
  const tokens: number[] = [];
  const sentences: number[][] = [];
  let ids: number[] = [];
  let lineLength = 0;
  let start = -1;
  let upper = false;
  const length = text.length;
  for (let i = 0; i <= length; i += 1) {
    const c = i < length ? text.charCodeAt(i) : NEWLINE;
    if (isAsciiAlphanumeric(c)) {
      if (start < 0) {
        start = i;
        upper = false;
      }
      if (c <= 90 && c >= 65) upper = true;
      lineLength += 1;
      continue;
    }
    if (c >= 128 && !nonAsciiSeparates) return null;
    if (start >= 0) {
      const raw = text.slice(start, i);
      const entry = entryOf(upper ? raw.toLowerCase() : raw);
      words.push(entry.word);
      tokens.push(entry.id);
      ids.push(entry.id);
      start = -1;
    }
    if (c !== NEWLINE) {
      lineLength += 1;
      continue;
    }
    if (lineLength > 0) {
      sentences.push(ids);
      ids = [];
    }
    lineLength = 0;
  }
  return { words, tokens, sentences };
}
