import type { Command } from 'commander';
import { GATE_FILES, RUN_FILES } from '../../run-folder/layout.js';
import type { RunOptions } from '../actions/run.js';
import { setExitCode } from './set-action-exit.js';

/** `infergate run`: the whole benchmark from host.yaml; prints the seed's lines and writes the run folder. */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('launch the configured engine, run the XSum benchmark, write the run folder')
    .option('--host <file>', 'host.yaml (seed format)', 'configs/host.yaml')
    .option('--out <dir>', 'run folder (default <log_path>/<engine>/<run-id>)')
    .option('--set <key=value...>', 'override a setting, e.g. --set load.concurrency=8 --set task_nums=50')
    .option('--profile <name>', 'run under a benchmark profile (configs/profiles/<name>.yaml, or a path): its settings win over host.yaml and task.yaml, a --set that changes one marks the result "not certified"')
    .option('--baseline <file>', `gate the run as the action does: compare with this ${RUN_FILES.results} (or history file), keep ${GATE_FILES.comparison} in the run folder, exit 1 on a regression past a fail threshold`)
    .option('--thresholds <file>', 'thresholds.yaml for --baseline (default: the built-in thresholds)')
    .option('--noise-profile <file>', 'for --baseline: a noise profile from infergate calibrate (the between-run noise on its environment)')
    .option('--allow-paths-outside-workspace', 'inside a GitHub workflow, let configured paths (model_path, data_path, ...) point outside the working directory (a run outside a workflow always may)')
    .action(async (options: RunOptions, command: Command) => {
      const { runCommand } = await import('../actions/run.js');
      setExitCode(command, await runCommand(options));
    });
}
