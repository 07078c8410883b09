import type { Command } from 'commander';
import type { AbOptions } from '../actions/ab.js';
import { setExitCode } from './set-action-exit.js';

/** `infergate ab`: base and head interleaved in blocks on this machine; exit 1 on a regression. */
export function registerAb(program: Command): void {
  program
    .command('ab')
    .description('compare a base engine specification (ab.base) with the head, in interleaved blocks on this machine (exit 1 on a regression)')
    .option('--host <file>', 'host.yaml (seed format)', 'configs/host.yaml')
    .option('--out <dir>', 'A/B folder (default <log_path>/ab/<run-id>); each block\'s run folder goes under blocks/')
    .option('--set <key=value...>', 'override a setting for both sides, e.g. --set task_nums=50')
    .option('--base-set <key=value...>', `override a setting for the base only, after ab.base, e.g. --base-set 'engine_options.extra_args=["--threads","2"]'`)
    .option('--allow-paths-outside-workspace', 'inside a GitHub workflow, let configured paths point outside the working directory')
    .action(async (options: AbOptions, command: Command) => {
      const { abCommand } = await import('../actions/ab.js');
      setExitCode(command, await abCommand(options));
    });
}
