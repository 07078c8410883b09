/** Shapes shared by the ROUGE module (see docs/rouge.md for every definition). */

/** `rouge-score`: Google's rouge_score 0.1.2. `rouge155`: ROUGE-1.5.5 run with -a -c 95 -r 1000 -n 2 [-m]. */
export type RougeMode = 'rouge-score' | 'rouge155';

export type RougeType = 'rouge1' | 'rouge2' | 'rougeL' | 'rougeLsum';

export const ROUGE_TYPES_BY_MODE: Readonly<Record<RougeMode, readonly RougeType[]>> = {
  'rouge-score': ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'],
  rouge155: ['rouge1', 'rouge2', 'rougeL'],
};

export interface Prf {
  precision: number;
  recall: number;
  fmeasure: number;
}

/** One measure over the corpus: bootstrap low/mid/high and the plain mean of the per-pair values. */
export interface Interval {
  low: number;
  mid: number;
  high: number;
  mean: number;
}

export interface TypeAggregate {
  precision: Interval;
  recall: Interval;
  fmeasure: Interval;
}

export interface PairScore {
  /** 0-based position of the pair in the input. */
  index: number;
  /** The prediction was missing or only whitespace; it scored 0. */
  empty_prediction: boolean;
  scores: Partial<Record<RougeType, Prf>>;
  reference_tokens: string[];
  prediction_tokens: string[];
}

export interface BootstrapOptions {
  /** Number of resamples (default 1000). */
  resamples?: number;
  /** Two-sided confidence level (default 0.95). */
  confidence?: number;
  /** Seed of the Mersenne Twister the resampler draws from (default 42). */
  seed?: number;
}

export interface ScoreCorpusOptions {
  mode: RougeMode;
  /** Stem tokens longer than 3 characters (default true; rouge155 without it is ROUGE-1.5.5 without -m). */
  stem?: boolean;
  bootstrap?: BootstrapOptions;
}

export interface RougeCorpusResult {
  mode: RougeMode;
  stem: boolean;
  /** The types computed in this mode, in the order they were resampled. */
  types: RougeType[];
  pairs: number;
  empty_predictions: number;
  bootstrap: Required<BootstrapOptions>;
  rouge1: TypeAggregate;
  rouge2: TypeAggregate;
  rougeL: TypeAggregate;
  /** Only in rouge-score mode. */
  rougeLsum?: TypeAggregate;
  per_pair: PairScore[];
}
