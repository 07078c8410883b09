import { writeFileSync } from 'node:fs';
import { InputError } from '../../util/errors.js';
import { parseWholeNumber } from '../../util/parse-value.js';
import { decideGate, gateReferenceFromFiles } from '../../pipeline/gate-step.js';
import { renderComparisonMarkdown } from '../../report/markdown/comparison-markdown.js';
import { renderComparisonText } from '../../report/comparison-text.js';
import { readResultsFile } from '../../run-folder/results-file.js';

export interface CompareOptions {
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

/** What `infergate compare` does once its arguments are parsed: prints the verdict, resolves to the exit code. */
export function compareCommand(options: CompareOptions): number {
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
  return exitCode;
}
