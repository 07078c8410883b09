import type { Command } from 'commander';
import type { CalibrateOptions } from '../actions/calibrate.js';
import { setExitCode } from './set-action-exit.js';

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
      const { calibrateCommand } = await import('../actions/calibrate.js');
      setExitCode(command, await calibrateCommand(options));
    });
}
