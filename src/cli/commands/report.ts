import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Comparison } from '../../gate/comparison.js';
import { GATE_FILES, REPORT_FILES, RUN_FILES } from '../../run-folder/layout.js';
import { writeReport } from '../../report/write-report.js';
import { readComparisonFile } from '../../gate/comparison-file.js';
import { readResultsFile } from '../../run-folder/results-file.js';
import { decideGate, gateReferenceFromFiles } from '../../pipeline/gate-step.js';
import { ExitCode } from '../../util/errors.js';
import { setExitCode } from './set-action-exit.js';

/** `infergate report RUN_DIR [--baseline B.json]`: rebuilds report.html, report.md and the exports. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description(`rebuild ${REPORT_FILES.html}, ${REPORT_FILES.markdown} and the exports (vLLM JSON, github-action-benchmark, Bencher BMF, CSV) from a run folder`)
    .argument('<run-dir>', `run folder holding ${RUN_FILES.results} (and ${RUN_FILES.requests}, ${RUN_FILES.predictions}, ${RUN_FILES.telemetry} when written)`)
    .option('--baseline <file>', `baseline ${RUN_FILES.results}; its ${RUN_FILES.requests}, when beside it, is overlaid on the distributions`)
    .option('--comparison <file>', `the gate's ${GATE_FILES.comparison} (default: RUN_DIR/${GATE_FILES.comparison} when present)`)
    .option('--config <file>', `thresholds.yaml for comparing with --baseline when there is no ${GATE_FILES.comparison}`)
    .option('--report-url <url>', `link to the uploaded ${REPORT_FILES.html}, put into the Markdown`)
    .action((runDir: string, opts: { baseline?: string; comparison?: string; config?: string; reportUrl?: string }, command: Command) => {
      const written = writeReport(runDir, { baselineFile: opts.baseline, comparison: comparisonFor(runDir, opts), reportUrl: opts.reportUrl });
      for (const file of [...Object.values(written.files), ...written.stepFiles]) {
        if (file) process.stdout.write(`wrote ${relative(process.cwd(), file) || file}\n`);
      }
      setExitCode(command, ExitCode.ok);
    });
}

/**
 * The comparison the report shows: --comparison, else the run's own comparison.json (read by the report),
 * else, with --baseline, the gate's decision made here by the one driver (not kept: the report command
 * redraws a run folder, it does not gate it).
 */
function comparisonFor(runDir: string, opts: { baseline?: string; comparison?: string; config?: string }): Comparison | undefined {
  if (opts.comparison) return readComparisonFile(opts.comparison);
  if (existsSync(join(runDir, GATE_FILES.comparison)) || !opts.baseline) return undefined;
  const current = readResultsFile(join(runDir, RUN_FILES.results));
  return decideGate(current, gateReferenceFromFiles({ baselineFile: opts.baseline, thresholdsPath: opts.config }), null).comparison;
}
