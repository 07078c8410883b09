import type { Command } from 'commander';
import { runCalibration, checkCalibrationRuns } from '../../pipeline/calibrate.js';
import { consoleLogger } from '../../util/logger.js';
import { interruptOnSignals } from '../interrupt.js';
import { reportError } from '../report-error.js';
import { pathsMayLeaveWorkspace } from './run.js';
import { setExitCode } from './set-action-exit.js';

interface CalibrateOptions {
  host: string;
  runs: string;
  out: string;
  set?: string[];
  allowPathsOutsideWorkspace?: boolean;
}

/** `infergate calibrate`: k runs of one configuration → a noise profile the gate reads (`compare --noise-profile`). */
export function registerCalibrate(program: Command): void {
  program
    .command('calibrate')
    .description('run the same configuration k times and write the noise profile of this environment (docs/gate.md)')
    .option('--host <file>', 'host.yaml (seed format)', 'configs/host.yaml')
    .option('--runs <k>', 'how many runs (at least 5)', '6')
    .option('--out <file>', 'the noise profile to write', 'noise-profile.json')
    .option('--set <key=value...>', 'override a setting, as for infergate run')
    .option('--allow-paths-outside-workspace', 'inside a GitHub workflow, let configured paths point outside the working directory')
    .action(async (options: CalibrateOptions, command: Command) => {
      const runs = Number(options.runs);
      checkCalibrationRuns(runs);
      const interrupt = interruptOnSignals();
      try {
        const outcome = await runCalibration(
          {
            run: { hostPath: options.host, overrides: options.set ?? [], allowPathsOutsideWorkspace: pathsMayLeaveWorkspace(options.allowPathsOutsideWorkspace) },
            runs,
            profilePath: options.out,
          },
          { log: consoleLogger, printLine: (line) => process.stdout.write(`${line}\n`), signal: interrupt.signal },
        );
        if (outcome.error) reportError(outcome.error);
        setExitCode(command, outcome.exitCode);
      } finally {
        interrupt.dispose();
      }
    });
}
