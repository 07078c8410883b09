/**
 * ROUGE for the pipeline and the `score` command. Two modes reproduce two references exactly:
 * `rouge-score` (Google's rouge_score 0.1.2, what Hugging Face evaluate, HELM and MLPerf report) and
 * `rouge155` (ROUGE-1.5.5 -a -c 95 -r 1000 -n 2 -m, how the XSum paper measured). docs/rouge.md.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { InputError } from '../../util/errors.js';
import { intervals, resampleMeansNumpy, resampleMeansRouge155, type Columns } from './bootstrap.js';
import { Mt19937 } from './mt19937.js';
import { printRouge155 } from './printed-rouge155.js';
import { roundLikePrintf5 } from './printf-round.js';
import { evalOrder, RESAMPLE_ORDERS } from './resample-order.js';
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
  type RougeMode,
  type RougeType,
  type ScoreCorpusOptions,
  type TypeAggregate,
} from './types.js';

export type * from './types.js';
export { ROUGE_TYPES_BY_MODE } from './types.js';
export { RESAMPLE_ORDERS } from './resample-order.js';

export interface RougePair {
  reference: string;
  /** Missing (undefined/null) or whitespace-only predictions score 0 and are counted as empty. */
  prediction: string | null | undefined;
}

/**
 * Pairs read by position: an array, or a list whose texts are read as they are scored (the pipeline's
 * predictions, read back from requests.jsonl a line at a time), so no list of strings need be held.
 */
export type RougePairList = Pick<readonly RougePair[], 'length' | 'at'>;

/**
 * Defaults: 1,000 resamples at 95%. Seed 42 in rouge-score mode (rouge_score after np.random.seed(42));
 * seed 0 in rouge155 mode, which is ROUGE-1.5.5's own srand(0..999), over the pairs in pyrouge's order
 * (the XSum paper's measure; resample-order.ts).
 */
export function defaultBootstrap(mode: RougeMode): Required<BootstrapOptions> {
  return mode === 'rouge155' ? { resamples: 1000, confidence: 0.95, seed: 0, order: 'pyrouge' } : { resamples: 1000, confidence: 0.95, seed: 42, order: 'input' };
}

function bootstrapSettings(mode: RougeMode, options: BootstrapOptions | undefined): Required<BootstrapOptions> {
  const defined = Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined));
  const settings = { ...defaultBootstrap(mode), ...defined };
  const { resamples, confidence, seed, order } = settings;
  if (!Number.isInteger(resamples) || resamples < 2) throw new InputError(`ROUGE bootstrap resamples must be an integer ≥ 2, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new InputError(`ROUGE bootstrap confidence must be between 0 and 1, got ${confidence}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new InputError(`ROUGE bootstrap seed must be an integer in [0, 2^32), got ${seed}`);
  if (!(RESAMPLE_ORDERS as readonly string[]).includes(order)) throw new InputError(`ROUGE bootstrap order must be one of ${RESAMPLE_ORDERS.join(', ')}, got ${String(order)}`);
  if (mode === 'rouge-score' && order !== 'input') throw new InputError(`ROUGE bootstrap order "${order}" applies to rouge155 mode only; rouge_score resamples in input order`);
  return settings;
}

/** Scores every pair, then aggregates each ROUGE type with its bootstrap interval and plain mean. */
export function scoreCorpus(pairs: readonly RougePair[], options: ScoreCorpusOptions): RougeCorpusResult {
  const scoring = prepareScoring(pairs, options);
  const sink = new ScoreSink(scoring.types, pairs.length, true);
  scoreRange(scoring, pairs, 0, pairs.length, sink);
  return { ...aggregateCorpus(scoring, pairs, sink), per_pair: sink.pairs! };
}

/** Pairs scored between two turns of the event loop by scoreCorpusAsync (a few milliseconds of work). */
const PAIRS_PER_TURN = 200;

/**
 * scoreCorpus, giving the event loop a turn every PAIRS_PER_TURN pairs and before the bootstrap, so a
 * signal handler (Ctrl-C, a cancelled job) runs while a large test set is scored instead of after it;
 * `signal` stops the scoring at the next turn (it rejects with the signal's reason). Same result.
 */
export async function scoreCorpusAsync(pairs: readonly RougePair[], options: ScoreCorpusOptions, signal?: AbortSignal): Promise<RougeCorpusResult> {
  const scoring = prepareScoring(pairs, options);
  const sink = await scoreInTurns(scoring, pairs, new ScoreSink(scoring.types, pairs.length, true), signal);
  return { ...aggregateCorpus(scoring, pairs, sink), per_pair: sink.pairs! };
}

/** The aggregates of scoreCorpus, and each type's per-pair F-measure in input order. */
export interface RougeCorpusColumns {
  aggregate: Omit<RougeCorpusResult, 'per_pair'>;
  fmeasure: Partial<Record<RougeType, Float64Array>>;
}

/**
 * scoreCorpusAsync for a large corpus (the pipeline's): the same aggregates, but each pair's scores go
 * straight into typed columns (3 doubles a type) and no per-pair object or token list is kept, so the
 * memory held is 8 bytes × 3 × types per pair, whatever the texts.
 */
export async function scoreCorpusColumnsAsync(pairs: RougePairList, options: ScoreCorpusOptions, signal?: AbortSignal): Promise<RougeCorpusColumns> {
  const scoring = prepareScoring(pairs, options);
  const sink = await scoreInTurns(scoring, pairs, new ScoreSink(scoring.types, pairs.length, false), signal);
  const fmeasure: RougeCorpusColumns['fmeasure'] = {};
  scoring.types.forEach((type, t) => (fmeasure[type] = sink.columns[t]!.fmeasure));
  return { aggregate: aggregateCorpus(scoring, pairs, sink), fmeasure };
}

async function scoreInTurns(scoring: Scoring, pairs: RougePairList, sink: ScoreSink, signal: AbortSignal | undefined): Promise<ScoreSink> {
  for (let from = 0; from < pairs.length; from += PAIRS_PER_TURN) {
    scoreRange(scoring, pairs, from, Math.min(pairs.length, from + PAIRS_PER_TURN), sink);
    await nextTurn();
    signal?.throwIfAborted();
  }
  return sink;
}

/** Where scored pairs go: one precision/recall/F column per type, and the PairScore objects when kept. */
class ScoreSink {
  readonly columns: Columns[];
  readonly pairs: PairScore[] | null;
  emptyPredictions = 0;

  constructor(
    private readonly types: readonly RougeType[],
    size: number,
    keepPairs: boolean,
  ) {
    this.columns = types.map(() => ({ precision: new Float64Array(size), recall: new Float64Array(size), fmeasure: new Float64Array(size) }));
    this.pairs = keepPairs ? [] : null;
  }

  add(pair: PairScore): void {
    if (pair.empty_prediction) this.emptyPredictions++;
    this.types.forEach((type, t) => {
      const score = pair.scores[type] as Prf;
      const column = this.columns[t]!;
      column.precision[pair.index] = score.precision;
      column.recall[pair.index] = score.recall;
      column.fmeasure[pair.index] = score.fmeasure;
    });
    this.pairs?.push(pair);
  }
}

interface Scoring {
  mode: RougeMode;
  stem: boolean;
  bootstrap: Required<BootstrapOptions>;
  types: RougeType[];
  tokenize: ReturnType<typeof makeTokenizer>;
  scorePair: typeof scorePairRouge155;
}

function prepareScoring(pairs: RougePairList, options: ScoreCorpusOptions): Scoring {
  const { mode } = options;
  const stem = options.stem ?? true;
  const bootstrap = bootstrapSettings(mode, options.bootstrap);
  if (pairs.length === 0) throw new InputError('ROUGE: there are no pairs to score');
  return {
    mode, stem, bootstrap, types: [...ROUGE_TYPES_BY_MODE[mode]], tokenize: makeTokenizer(mode, stem), scorePair: mode === 'rouge155' ? scorePairRouge155 : scorePairRougeScore,
  };
}

/** Scores pairs[from, to) into `sink`. */
function scoreRange(scoring: Scoring, pairs: RougePairList, from: number, to: number, sink: ScoreSink): void {
  for (let index = from; index < to; index++) {
    const pair = pairs.at(index)!;
    if (typeof pair.reference !== 'string') throw new InputError(`ROUGE: pair ${index + 1} has no reference text`);
    const raw = pair.prediction;
    const empty = typeof raw !== 'string' || raw.trim().length === 0;
    const reference = scoring.tokenize(pair.reference);
    const prediction = scoring.tokenize(typeof raw === 'string' ? raw : '');
    sink.add({
      index,
      empty_prediction: empty,
      scores: scoring.scorePair(reference, prediction),
      reference_tokens: reference.words,
      prediction_tokens: prediction.words,
    });
  }
}

function aggregateCorpus(scoring: Scoring, pairs: RougePairList, sink: ScoreSink): Omit<RougeCorpusResult, 'per_pair'> {
  const { mode, stem, bootstrap, types } = scoring;
  const columns = sink.columns;
  const resampled =
    mode === 'rouge155'
      ? resampleMeansRouge155(columns, bootstrap.resamples, bootstrap.seed, evalOrder(pairs.length, bootstrap.order))
      : resampleNumpy(columns, bootstrap.resamples, bootstrap.seed);
  const aggregates: Partial<Record<RougeType, TypeAggregate>> = {};
  types.forEach((type, t) => {
    aggregates[type] = aggregateType(columns[t] as Columns, resampled[t] as Columns, mode, bootstrap.confidence);
  });

  return {
    mode,
    stem,
    types,
    pairs: pairs.length,
    empty_predictions: sink.emptyPredictions,
    bootstrap,
    rouge1: aggregates.rouge1 as TypeAggregate,
    rouge2: aggregates.rouge2 as TypeAggregate,
    rougeL: aggregates.rougeL as TypeAggregate,
    ...(aggregates.rougeLsum ? { rougeLsum: aggregates.rougeLsum } : {}),
    ...(mode === 'rouge155' ? { printed: printRouge155(aggregates as Record<'rouge1' | 'rouge2' | 'rougeL', TypeAggregate>, bootstrap.confidence) } : {}),
  };
}

/** Plain mean, summed in input order (what numpy's axis-0 mean and ROUGE-1.5.5's average do). */
function mean(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** rouge_score draws each type's resamples in turn from one generator seeded once. */
function resampleNumpy(columns: readonly Columns[], resamples: number, seed: number): Columns[] {
  const rng = new Mt19937(seed);
  return columns.map((c) => resampleMeansNumpy(c, resamples, rng));
}

function aggregateType(columns: Columns, resampled: Columns, mode: RougeMode, confidence: number): TypeAggregate {
  const means = { precision: mean(columns.precision), recall: mean(columns.recall), fmeasure: mean(columns.fmeasure) };
  const found = intervals(resampled, confidence, mode === 'rouge155' ? 'rouge155' : 'numpy');
  const withMean = (key: keyof Columns): Interval => {
    const { low, mid, high } = found[key];
    // ROUGE-1.5.5 prints (and the paper reports) its average and interval rounded to 5 decimals.
    if (mode === 'rouge155') return { low: roundLikePrintf5(low), mid: roundLikePrintf5(mid), high: roundLikePrintf5(high), mean: means[key] };
    return { low, mid, high, mean: means[key] };
  };
  return { precision: withMean('precision'), recall: withMean('recall'), fmeasure: withMean('fmeasure') };
}
