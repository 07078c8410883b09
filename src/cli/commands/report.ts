import type { Command } from 'commander';
import { GATE_FILES, REPORT_FILES, RUN_FILES } from '../../run-folder/layout.js';
import type { ReportOptions } from '../actions/report.js';
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
    .action(async (runDir: string, opts: ReportOptions, command: Command) => {
      const { reportCommand } = await import('../actions/report.js');
      setExitCode(command, reportCommand(runDir, opts));
    });
}
