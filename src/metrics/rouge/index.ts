/**
 * ROUGE for the pipeline and the `score` command. Two modes reproduce two references exactly:
 * `rouge-score` (Google's rouge_score 0.1.2, what Hugging Face evaluate, HELM and MLPerf report) and
 * `rouge155` (ROUGE-1.5.5 -a -c 95 -r 1000 -n 2 -m, how the XSum paper measured). docs/rouge.md.
 */
import { InputError } from '../../util/errors.js';
import { intervals, resampleMeans, type Columns } from './bootstrap.js';
import { Mt19937 } from './mt19937.js';
import { scorePairRouge155 } from './score-rouge155.js';
import { scorePairRougeScore } from './score-rouge-score.js';
import { makeTokenizer } from './tokenize-pair.js';
import {
  ROUGE_TYPES_BY_MODE,
  type BootstrapOptions,
  type Interval,
  type PairScore,
  type Prf,
  type RougeCorpusResult,
  type RougeType,
  type ScoreCorpusOptions,
  type TypeAggregate,
} from './types.js';

export type * from './types.js';
export { ROUGE_TYPES_BY_MODE } from './types.js';

export interface RougePair {
  reference: string;
  /** Missing (undefined/null) or whitespace-only predictions score 0 and are counted as empty. */
  prediction: string | null | undefined;
}

export const DEFAULT_BOOTSTRAP: Required<BootstrapOptions> = { resamples: 1000, confidence: 0.95, seed: 42 };

function bootstrapSettings(options: BootstrapOptions | undefined): Required<BootstrapOptions> {
  const settings = { ...DEFAULT_BOOTSTRAP, ...options };
  const { resamples, confidence, seed } = settings;
  if (!Number.isInteger(resamples) || resamples < 2) throw new InputError(`ROUGE bootstrap resamples must be an integer ≥ 2, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new InputError(`ROUGE bootstrap confidence must be between 0 and 1, got ${confidence}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new InputError(`ROUGE bootstrap seed must be an integer in [0, 2^32), got ${seed}`);
  return settings;
}

/** Scores every pair, then aggregates each ROUGE type with its bootstrap interval and plain mean. */
export function scoreCorpus(pairs: readonly RougePair[], options: ScoreCorpusOptions): RougeCorpusResult {
  const { mode } = options;
  const stem = options.stem ?? true;
  const bootstrap = bootstrapSettings(options.bootstrap);
  if (pairs.length === 0) throw new InputError('ROUGE: there are no pairs to score');
  const types = [...ROUGE_TYPES_BY_MODE[mode]];
  const tokenize = makeTokenizer(mode, stem);
  const scorePair = mode === 'rouge155' ? scorePairRouge155 : scorePairRougeScore;

  const perPair: PairScore[] = [];
  let emptyPredictions = 0;
  pairs.forEach((pair, index) => {
    if (typeof pair.reference !== 'string') throw new InputError(`ROUGE: pair ${index + 1} has no reference text`);
    const raw = pair.prediction;
    const empty = typeof raw !== 'string' || raw.trim().length === 0;
    if (empty) emptyPredictions += 1;
    const reference = tokenize(pair.reference);
    const prediction = tokenize(typeof raw === 'string' ? raw : '');
    perPair.push({
      index,
      empty_prediction: empty,
      scores: scorePair(reference, prediction),
      reference_tokens: reference.words,
      prediction_tokens: prediction.words,
    });
  });

  const rng = new Mt19937(bootstrap.seed);
  const aggregates: Partial<Record<RougeType, TypeAggregate>> = {};
  for (const type of types) aggregates[type] = aggregateType(perPair, type, mode, bootstrap, rng);

  return {
    mode,
    stem,
    types,
    pairs: pairs.length,
    empty_predictions: emptyPredictions,
    bootstrap,
    rouge1: aggregates.rouge1 as TypeAggregate,
    rouge2: aggregates.rouge2 as TypeAggregate,
    rougeL: aggregates.rougeL as TypeAggregate,
    ...(aggregates.rougeLsum ? { rougeLsum: aggregates.rougeLsum } : {}),
    per_pair: perPair,
  };
}

function columnsOf(perPair: readonly PairScore[], type: RougeType): Columns {
  const n = perPair.length;
  const columns: Columns = { precision: new Float64Array(n), recall: new Float64Array(n), fmeasure: new Float64Array(n) };
  perPair.forEach((pair, i) => {
    const score = pair.scores[type] as Prf;
    columns.precision[i] = score.precision;
    columns.recall[i] = score.recall;
    columns.fmeasure[i] = score.fmeasure;
  });
  return columns;
}

/** Plain mean, summed in input order (what numpy's axis-0 mean and ROUGE-1.5.5's average do). */
function mean(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function aggregateType(
  perPair: readonly PairScore[],
  type: RougeType,
  mode: ScoreCorpusOptions['mode'],
  bootstrap: Required<BootstrapOptions>,
  rng: Mt19937,
): TypeAggregate {
  const columns = columnsOf(perPair, type);
  const means = { precision: mean(columns.precision), recall: mean(columns.recall), fmeasure: mean(columns.fmeasure) };
  const resampled = resampleMeans(columns, bootstrap.resamples, rng);
  const found = intervals(resampled, bootstrap.confidence, mode === 'rouge155' ? 'rouge155' : 'numpy', means);
  const withMean = (key: keyof Columns): Interval => ({ ...found[key], mean: means[key] });
  return { precision: withMean('precision'), recall: withMean('recall'), fmeasure: withMean('fmeasure') };
}
