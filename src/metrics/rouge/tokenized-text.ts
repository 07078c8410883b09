import type { Vocabulary } from './vocabulary.js';

/** A text as the scorers see it: tokens per sentence (line) and all of them in order, as ids and words. */
export interface TokenizedText {
  words: string[];
  tokens: number[];
  sentences: number[][];
}

export function tokenizedFromSentences(sentenceWords: readonly string[][], vocabulary: Vocabulary): TokenizedText {
  const sentences = sentenceWords.map((words) => vocabulary.idsOf(words));
  return { words: sentenceWords.flat(), tokens: sentences.flat(), sentences };
}
