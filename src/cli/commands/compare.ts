import type { Command } from 'commander';
import { RUN_FILES } from '../../run-folder/layout.js';
import type { CompareOptions } from '../actions/compare.js';
import { setExitCode } from './set-action-exit.js';

/**
 * `infergate compare`: the gate on two files. Exit 0 pass (warnings and inconclusive included), 1 regression
 * past a fail threshold (or a fingerprint mismatch with on_mismatch: fail), 2 bad input; a comparison that
 * was skipped or not compared otherwise exits 0 with its notice.
 */
export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('compare a run with a baseline and print the verdict (exit 1 on a regression)')
    .requiredOption('--baseline <file>', `baseline ${RUN_FILES.results}, or a history file of past results`)
    .requiredOption('--current <file>', `${RUN_FILES.results} of the run to judge`)
    .option('--config <file>', 'thresholds.yaml (directions, levels, noise test, fingerprint rules)')
    .option('--markdown <file>', 'also write the comparison as Markdown')
    .option('--last <n>', 'with a history file: use only its last n runs')
    .option('--noise-profile <file>', 'a noise profile from infergate calibrate: the between-run noise on its environment')
    .action(async (options: CompareOptions, command: Command) => {
      const { compareCommand } = await import('../actions/compare.js');
      setExitCode(command, compareCommand(options));
    });
}
