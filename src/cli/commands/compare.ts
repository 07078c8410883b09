import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../util/errors.js';
import { parseWholeNumber } from '../../util/parse-value.js';
import { RUN_FILES } from '../../run-folder/layout.js';
import { decideGate, gateReferenceFromFiles } from '../../pipeline/gate-step.js';
import { renderComparisonMarkdown } from '../../report/markdown/comparison-markdown.js';
import { renderComparisonText } from '../../report/comparison-text.js';
import { readResultsFile } from '../../run-folder/results-file.js';
import { setExitCode } from './set-action-exit.js';

interface CompareOptions {
  baseline: string;
  current: string;
  config?: string;
  markdown?: string;
  last?: string;
  noiseProfile?: string;
}

function parseLast(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = parseWholeNumber(value, 1);
  if (n === undefined) throw new InputError(`--last: expected a whole number of runs ≥ 1, got "${value}"`);
  return n;
}

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
    .action((options: CompareOptions, command: Command) => {
      const reference = gateReferenceFromFiles({ baselineFile: options.baseline, last: parseLast(options.last), thresholdsPath: options.config, noiseProfile: options.noiseProfile });
      const { comparison, exitCode } = decideGate(readResultsFile(options.current), reference, null, options.current);
      process.stdout.write(renderComparisonText(comparison));
      if (options.markdown) {
        try {
          writeFileSync(options.markdown, renderComparisonMarkdown(comparison));
        } catch (error) {
          throw new InputError(`--markdown ${options.markdown}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
        }
      }
      setExitCode(command, exitCode);
    });
}
