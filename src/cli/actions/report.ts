import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Comparison } from '../../gate/comparison.js';
import { GATE_FILES, RUN_FILES } from '../../run-folder/layout.js';
import { writeReport } from '../../report/write-report.js';
import { readComparisonFile } from '../../gate/comparison-file.js';
import { readResultsFile } from '../../run-folder/results-file.js';
import { decideGate, gateReferenceFromFiles } from '../../pipeline/gate-step.js';
import { ExitCode } from '../../util/errors.js';

export interface ReportOptions {
  baseline?: string;
  comparison?: string;
  config?: string;
  reportUrl?: string;
}

/** What `infergate report RUN_DIR` does once its arguments are parsed: rebuilds the report, names each file written. */
export function reportCommand(runDir: string, opts: ReportOptions): number {
  const written = writeReport(runDir, { baselineFile: opts.baseline, comparison: comparisonFor(runDir, opts), reportUrl: opts.reportUrl });
  for (const file of [...Object.values(written.files), ...written.stepFiles]) {
    if (file) process.stdout.write(`wrote ${relative(process.cwd(), file) || file}\n`);
  }
  return ExitCode.ok;
}

/**
 * The comparison the report shows: --comparison, else the run's own comparison.json (read by the report),
 * else, with --baseline, the gate's decision made here by the one driver (not kept: the report command
 * redraws a run folder, it does not gate it).
 */
function comparisonFor(runDir: string, opts: ReportOptions): Comparison | undefined {
  if (opts.comparison) return readComparisonFile(opts.comparison);
  if (existsSync(join(runDir, GATE_FILES.comparison)) || !opts.baseline) return undefined;
  const current = readResultsFile(join(runDir, RUN_FILES.results));
  return decideGate(current, gateReferenceFromFiles({ baselineFile: opts.baseline, thresholdsPath: opts.config }), null).comparison;
}
