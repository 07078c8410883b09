import { join } from 'node:path';
import type { Command } from 'commander';
import type { GateDecision, GateReference } from '../../pipeline/gate-step.js';
import { settleLateSignal } from '../../pipeline/late-signal.js';
import { runBenchmark, type RunOutcome } from '../../pipeline/run-benchmark.js';
import { InputError } from '../../util/errors.js';
import { GATE_FILES, RUN_FILES } from '../../run-folder/layout.js';
import { consoleLogger } from '../../util/logger.js';
import { neutraliseWorkflowCommands } from '../../util/workflow-commands.js';
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
  /** Gate the run as the action does: a results.json or history file to compare with. */
  baseline?: string;
  /** thresholds.yaml for the gate (built-in thresholds without it). */
  thresholds?: string;
  /** A noise profile from `infergate calibrate` for the gate. */
  noiseProfile?: string;
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
    .option('--baseline <file>', `gate the run as the action does: compare with this ${RUN_FILES.results} (or history file), keep ${GATE_FILES.comparison} in the run folder, exit 1 on a regression past a fail threshold`)
    .option('--thresholds <file>', 'thresholds.yaml for --baseline (default: the built-in thresholds)')
    .option('--noise-profile <file>', 'for --baseline: a noise profile from infergate calibrate (the between-run noise on its environment)')
    .option('--allow-paths-outside-workspace', 'inside a GitHub workflow, let configured paths (model_path, data_path, ...) point outside the working directory (a run outside a workflow always may)')
    .action(async (options: RunOptions, command: Command) => setExitCode(command, await runCommand(options)));
}

/** What `infergate run` does once its arguments are parsed; resolves to the exit code. */
export async function runCommand(options: RunOptions, observers: RunObservers = {}): Promise<number> {
  // Read before the engine starts: a baseline that cannot be read is bad input, not a wasted run.
  const gateReference = await gateReferenceOf(options);
  const interrupt = interruptOnSignals();
  try {
    const outcome = await runBenchmark(
      { hostPath: options.host, overrides: options.set ?? [], outDir: options.out, allowPathsOutsideWorkspace: pathsMayLeaveWorkspace(options.allowPathsOutsideWorkspace), profile: options.profile },
      consoleRunHooks(observers, interrupt.signal, 'infergate'),
    );
    observers.onPhase?.('report');
    // The report (HTML, SVG, exports) and the gate are loaded once the load is over: start to first
    // request evaluates only what the run path needs (docs/metrics.md, "Start-up").
    const { writeRunReport } = await import('../../pipeline/report-step.js');
    // The same decision as the action's (pipeline/gate-step.ts), for failed runs too, before the report.
    const decision = gateReference ? (await import('../../pipeline/gate-step.js')).decideGate(outcome.results, gateReference, outcome.runDir, join(outcome.runDir, RUN_FILES.results), outcome.columns) : null;
    writeRunReport(outcome, consoleLogger, decision?.comparison);
    const settled = await settleLateSignal(outcome, interrupt.signal, 'report');
    // The report shows results.json's status: draw it again when a late signal changed that.
    if (settled !== outcome) writeRunReport(settled, consoleLogger, decision?.comparison);
    // stderr: stdout keeps only the seed's lines for parsers.
    if (decision) {
      const { renderComparisonText } = await import('../../report/comparison-text.js');
      process.stderr.write(neutraliseWorkflowCommands(renderComparisonText(decision.comparison)));
    }
    if (settled.error) reportError(settled.error);
    return exitCodeOf(settled, decision);
  } finally {
    interrupt.dispose();
  }
}

async function gateReferenceOf(options: RunOptions): Promise<GateReference | null> {
  if (options.baseline === undefined) {
    if (options.thresholds !== undefined) throw new InputError('--thresholds: applies to the gate, which runs only with --baseline <file>');
    if (options.noiseProfile !== undefined) throw new InputError('--noise-profile: applies to the gate, which runs only with --baseline <file>');
    return null;
  }
  const { gateReferenceFromFiles } = await import('../../pipeline/gate-step.js');
  return gateReferenceFromFiles({ baselineFile: options.baseline, thresholdsPath: options.thresholds, noiseProfile: options.noiseProfile });
}

/** As the action decides its exit: a failed run's own code first, then a regression (1), else 0. */
function exitCodeOf(settled: RunOutcome, decision: GateDecision | null): number {
  if (settled.error || decision === null) return settled.exitCode;
  return decision.exitCode;
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
