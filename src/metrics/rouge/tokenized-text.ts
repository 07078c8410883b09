import type { Vocabulary } from './vocabulary.js';

/** A text as the scorers see it: tokens per sentence (line) and all of them in order, as ids and words. */
export interface TokenizedText {
  words: string[];
  tokens: number[];
  sentences: number[][];
}

export function tokenizedFromSentences(sentenceWords: readonly string[][], vocabulary: Vocabulary): TokenizedText {
  const sentences: number[][] = [];
  const words: string[] = [];
  const tokens: number[] = [];
  for (const sentence of sentenceWords) {
    const ids = vocabulary.idsOf(sentence);
    sentences.push(ids);
    for (let i = 0; i < sentence.length; i += 1) {
      words.push(sentence[i] as string);
      tokens.push(ids[i] as number);
    }
  }
  return { words, tokens, sentences };
}
