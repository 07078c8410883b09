/**
 * Turns raw reference/prediction text into TokenizedText for a mode. Each distinct piece of text is
 * stemmed and given its token id once (one map lookup per piece afterwards): corpora repeat words a lot.
 * Texts go through the one-pass scanner (scan-ascii.ts); in rouge-score mode a text with a non-ASCII
 * character takes the reference's own steps (Unicode lower-casing, then splitting).
 */
import {
  nltkStem,
  rouge155Pieces,
  rouge155Stem,
  rougeScorePieces,
  splitRouge155Sentences,
  splitRougeScoreSentences,
  stemPiece,
} from './tokenize.js';
import { scanText, type PieceEntry } from './scan-ascii.js';
import type { TokenizedText } from './tokenized-text.js';
import type { RougeMode } from './types.js';
import { Vocabulary } from './vocabulary.js';

export type TextTokenizer = (text: string) => TokenizedText;

export function makeTokenizer(mode: RougeMode, stem: boolean): TextTokenizer {
  const vocabulary = new Vocabulary();
  const stemmer = stem ? (mode === 'rouge155' ? rouge155Stem : nltkStem) : null;
  const split = mode === 'rouge155' ? splitRouge155Sentences : splitRougeScoreSentences;
  const piecesOf = mode === 'rouge155' ? rouge155Pieces : rougeScorePieces;
  const entries = new Map<string, PieceEntry>();
  const entryOf = (piece: string): PieceEntry => {
    let entry = entries.get(piece);
    if (entry === undefined) {
      const word = stemPiece(piece, stemmer);
      entry = { word, id: vocabulary.idOf(word) };
      entries.set(piece, entry);
    }
    return entry;
  };
  const nonAsciiSeparates = mode === 'rouge155';
  const stepByStep = (text: string): TokenizedText => {
    const words: string[] = [];
    const tokens: number[] = [];
    const sentences: number[][] = [];
    for (const line of split(text)) {
      const ids: number[] = [];
      for (const piece of piecesOf(line)) {
        const { word, id } = entryOf(piece);
        words.push(word);
        tokens.push(id);
        ids.push(id);
      }
      sentences.push(ids);
    }
    return { words, tokens, sentences };
  };
  return (text) => scanText(text, nonAsciiSeparates, entryOf) ?? stepByStep(text);
}
