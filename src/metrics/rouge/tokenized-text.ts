/** A text as the scorers see it: tokens per sentence (line) and all of them in order, as ids and words. */
export interface TokenizedText {
  words: string[];
  tokens: number[];
  sentences: number[][];
}
