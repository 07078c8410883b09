/** Shapes shared by the ROUGE module (see docs/rouge.md for every definition). */
import type { ResampleOrder } from './resample-order.js';

export type { ResampleOrder } from './resample-order.js';

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
  /** Seed of the resampler's generator (default 42 in rouge-score mode, 0 in rouge155 mode). */
  seed?: number;
  /**
   * rouge155 only: the order the script holds the pairs in when it draws (resample-order.ts). Default
   * `pyrouge`, as the XSum paper ran it; `input` for ids that sort in input order. rouge-score: `input`.
   */
  order?: ResampleOrder;
}

/** rouge155 only: the aggregates as text, as ROUGE-1.5.5 prints them and as the XSum paper reports them. */
export interface Rouge155Printed {
  /** The script's lines, e.g. "1 ROUGE-1 Average_R: 0.16661 (95%-conf.int. 0.16488 - 0.16843)" (peer id 1, pyrouge's). */
  script: string[];
  /** ROUGE-1 / ROUGE-2 / ROUGE-L averages ×100 to two decimals, as the paper's table prints them: "16.30 / 1.60 / 11.95". */
  paper: Record<keyof Prf, string>;
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
  /** Only in rouge155 mode. */
  printed?: Rouge155Printed;
  per_pair: PairScore[];
}
