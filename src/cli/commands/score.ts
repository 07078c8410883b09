import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { InputError } from '../../util/errors.js';
import { parseNumber } from '../../util/parse-value.js';
import { RESAMPLE_ORDERS, scoreCorpus, type ResampleOrder, type RougeCorpusResult, type RougeMode } from '../../metrics/rouge/index.js';
import { readAlignedPairs, readJsonlPairs } from './score-input.js';
import { setExitCode } from './set-action-exit.js';

interface ScoreOptions {
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

/** `infergate score`: ROUGE of predictions against references, as rouge_score or ROUGE-1.5.5 computes it. */
export function registerScore(program: Command): void {
  program
    .command('score')
    .description('score predictions against references with ROUGE (docs/rouge.md) and print the aggregates as JSON')
    .option('--references <file>', 'references, one per line')
    .option('--predictions <file>', 'predictions, line-aligned with --references (an empty line scores 0)')
    .option('--pairs <file>', 'JSONL with {"reference", "prediction"} per line, instead of the two text files')
    .addOption(new Option('--mode <mode>', 'which reference to reproduce').choices(['rouge155', 'rouge-score']).default('rouge155'))
    .option('--no-stem', 'do not stem (rouge155: ROUGE-1.5.5 without -m)')
    .option('--per-pair <file>', "write each pair's precision/recall/F and tokens as JSONL")
    .option('--resamples <n>', 'bootstrap resamples (default 1000)')
    .option('--confidence <level>', 'bootstrap confidence level (default 0.95)')
    .option('--seed <n>', 'bootstrap seed (default 42 for rouge-score, 0 for rouge155: the script\'s own)')
    .addOption(
      new Option('--resample-order <order>', "rouge155: the order the script's eval ids sort in (default pyrouge, as the XSum paper ran it; input: ids in input order)").choices([...RESAMPLE_ORDERS]),
    )
    .action(async (options: ScoreOptions, command: Command) => {
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
      setExitCode(command, 0);
    });
}
