import { MAX_TOKEN_IDS } from './ngrams.js';

/** Interns token strings as small integers so n-gram keys and LCS compare numbers, not strings. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  idOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.ids.size;
      if (id >= MAX_TOKEN_IDS) throw new RangeError('ROUGE vocabulary exceeds 2^26 distinct tokens');
      this.ids.set(token, id);
    }
    return id;
  }
}
