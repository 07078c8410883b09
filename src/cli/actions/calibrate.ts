import { runCalibration, checkCalibrationRuns } from '../../pipeline/calibrate.js';
import { consoleLogger } from '../../util/logger.js';
import { interruptOnSignals } from '../interrupt.js';
import { reportError } from '../report-error.js';
import { pathsMayLeaveWorkspace } from '../workspace-paths.js';

export interface CalibrateOptions {
  host: string;
  runs: string;
  out: string;
  set?: string[];
  allowPathsOutsideWorkspace?: boolean;
}

/** What `infergate calibrate` does once its arguments are parsed; resolves to the exit code. */
export async function calibrateCommand(options: CalibrateOptions): Promise<number> {
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
    return outcome.exitCode;
  } finally {
    interrupt.dispose();
  }
}
