import type { Command } from 'commander';
import { InputError } from '../../util/errors.js';

/** `infergate run`: the whole benchmark from host.yaml (wired to the pipeline in src/pipeline/). */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('launch the configured engine, run the XSum benchmark, write the run folder')
    .requiredOption('--host <file>', 'host.yaml (seed format)', 'configs/host.yaml')
    .option('--out <dir>', 'run folder (default <log_path>/<engine>/<run-id>)')
    .option('--set <key=value...>', 'override a setting, e.g. --set load.concurrency=8 --set task_nums=50')
    .action(async () => {
      throw new InputError('run: not wired yet');
    });
}
