/** Turns raw reference/prediction text into TokenizedText for a mode, sharing one memoized stemmer. */
import {
  cachedStemmer,
  nltkStem,
  rouge155Stem,
  splitRouge155Sentences,
  splitRougeScoreSentences,
  tokenizeRouge155,
  tokenizeRougeScore,
  type Stemmer,
} from './tokenize.js';
import { tokenizedFromSentences, type TokenizedText } from './tokenized-text.js';
import type { RougeMode } from './types.js';
import { Vocabulary } from './vocabulary.js';

export type TextTokenizer = (text: string) => TokenizedText;

export function makeTokenizer(mode: RougeMode, stem: boolean): TextTokenizer {
  const vocabulary = new Vocabulary();
  const stemmer: Stemmer | null = stem ? cachedStemmer(mode === 'rouge155' ? rouge155Stem : nltkStem) : null;
  const split = mode === 'rouge155' ? splitRouge155Sentences : splitRougeScoreSentences;
  const tokenize = mode === 'rouge155' ? tokenizeRouge155 : tokenizeRougeScore;
  return (text) => tokenizedFromSentences(split(text).map((line) => tokenize(line, stemmer)), vocabulary);
}
