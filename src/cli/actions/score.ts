import { writeFileSync } from 'node:fs';
import { InputError } from '../../util/errors.js';
import { parseNumber } from '../../util/parse-value.js';
import { scoreCorpus, type ResampleOrder, type RougeCorpusResult, type RougeMode } from '../../metrics/rouge/index.js';
import { readAlignedPairs, readJsonlPairs } from './score-input.js';

export interface ScoreOptions {
  references?: string;
  predictions?: string;
  pairs?: string;
  mode: RougeMode;
  stem: boolean;
  perPair?: string;
  resamples?: string;
  confidence?: string;
  seed?: string;
  resampleOrder?: ResampleOrder;
}

function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = parseNumber(value);
  if (parsed === undefined) throw new InputError(`--${name}: "${value}" is not a number`);
  return parsed;
}

function readPairs(options: ScoreOptions) {
  if (options.pairs !== undefined) {
    if (options.references !== undefined || options.predictions !== undefined) {
      throw new InputError('score: give either --pairs or --references with --predictions, not both');
    }
    return readJsonlPairs(options.pairs);
  }
  if (options.references === undefined || options.predictions === undefined) {
    throw new InputError('score: give --references and --predictions (line-aligned text files) or --pairs (JSONL)');
  }
  return readAlignedPairs(options.references, options.predictions);
}

/** The printed object: the aggregates without the per-pair list. */
export function aggregatesOf(result: RougeCorpusResult): Omit<RougeCorpusResult, 'per_pair'> {
  const { per_pair: _perPair, ...aggregates } = result;
  return aggregates;
}

/** One JSONL line per pair: its P/R/F per type and the tokens it was scored on. */
export function perPairLines(result: RougeCorpusResult): string {
  return result.per_pair
    .map((pair) => JSON.stringify({ index: pair.index, empty_prediction: pair.empty_prediction, ...pair.scores, reference_tokens: pair.reference_tokens, prediction_tokens: pair.prediction_tokens }))
    .join('\n') + '\n';
}

/** What `infergate score` does once its arguments are parsed: prints the aggregates, writes --per-pair. */
export function scoreCommand(options: ScoreOptions): number {
  const pairs = readPairs(options);
  const result = scoreCorpus(pairs, {
    mode: options.mode,
    stem: options.stem,
    bootstrap: {
      resamples: numberOption('resamples', options.resamples),
      confidence: numberOption('confidence', options.confidence),
      seed: numberOption('seed', options.seed),
      order: options.resampleOrder,
    },
  });
  if (options.perPair !== undefined) {
    try {
      writeFileSync(options.perPair, perPairLines(result));
    } catch (error) {
      throw new InputError(`${options.perPair}: cannot write the per-pair file (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  process.stdout.write(`${JSON.stringify(aggregatesOf(result), null, 2)}\n`);
  return 0;
}
