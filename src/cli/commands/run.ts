import type { Command } from 'commander';
import { settleLateSignal } from '../../pipeline/late-signal.js';
import { writeRunReport } from '../../pipeline/report-step.js';
import { runBenchmark } from '../../pipeline/run-benchmark.js';
import { consoleLogger } from '../../util/logger.js';
import { consoleRunHooks, type RunObservers } from '../console-hooks.js';
import { reportError } from '../report-error.js';
import { interruptOnSignals } from '../interrupt.js';
import { setExitCode } from './set-action-exit.js';

export interface RunOptions {
  host: string;
  out?: string;
  set?: string[];
  allowPathsOutsideWorkspace?: boolean;
  profile?: string;
}

/** `infergate run`: the whole benchmark from host.yaml; prints the seed's lines and writes the run folder. */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('launch the configured engine, run the XSum benchmark, write the run folder')
    .option('--host <file>', 'host.yaml (seed format)', 'configs/host.yaml')
    .option('--out <dir>', 'run folder (default <log_path>/<engine>/<run-id>)')
    .option('--set <key=value...>', 'override a setting, e.g. --set load.concurrency=8 --set task_nums=50')
    .option('--profile <name>', 'run under a benchmark profile (configs/profiles/<name>.yaml, or a path): its settings win over host.yaml and task.yaml, a --set that changes one marks the result "not certified"')
    .option('--allow-paths-outside-workspace', 'inside a GitHub workflow, let configured paths (model_path, data_path, ...) point outside the working directory (a run outside a workflow always may)')
    .action(async (options: RunOptions, command: Command) => setExitCode(command, await runCommand(options)));
}

/** What `infergate run` does once its arguments are parsed; resolves to the exit code. */
export async function runCommand(options: RunOptions, observers: RunObservers = {}): Promise<number> {
  const interrupt = interruptOnSignals();
  try {
    const outcome = await runBenchmark(
      { hostPath: options.host, overrides: options.set ?? [], outDir: options.out, allowPathsOutsideWorkspace: pathsMayLeaveWorkspace(options.allowPathsOutsideWorkspace), profile: options.profile },
      consoleRunHooks(observers, interrupt.signal, 'infergate'),
    );
    observers.onPhase?.('report');
    writeRunReport(outcome, consoleLogger);
    const settled = await settleLateSignal(outcome, interrupt.signal, 'report');
    // The report shows results.json's status: draw it again when a late signal changed that.
    if (settled !== outcome) writeRunReport(settled, consoleLogger);
    if (settled.error) reportError(settled.error);
    return settled.exitCode;
  } finally {
    interrupt.dispose();
  }
}

/**
 * Path containment protects a workflow, where a pull request can edit the configuration (SECURITY.md):
 * on inside one (GITHUB_ACTIONS=true, as the runner sets it) unless the flag lifts it. A person's own CLI
 * run reads the paths they wrote themselves, so there it is off and a seed host.yaml with /models/...
 * paths runs without a flag. The action's main step does not come here: its input alone decides.
 */
export function pathsMayLeaveWorkspace(flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  return flag === true || env.GITHUB_ACTIONS !== 'true';
}
