import { Option, type Command } from 'commander';
import { RESAMPLE_ORDERS } from '../../metrics/rouge/resample-order.js';
import type { ScoreOptions } from '../actions/score.js';
import { setExitCode } from './set-action-exit.js';

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
      const { scoreCommand } = await import('../actions/score.js');
      setExitCode(command, scoreCommand(options));
    });
}
