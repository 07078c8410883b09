import { join } from 'node:path';
import type { GateDecision, GateReference } from '../../pipeline/gate-step.js';
import { settleLateSignal } from '../../pipeline/late-signal.js';
import { runBenchmark, type RunOutcome } from '../../pipeline/run-benchmark.js';
import { InputError } from '../../util/errors.js';
import { RUN_FILES } from '../../run-folder/layout.js';
import { consoleLogger } from '../../util/logger.js';
import { neutraliseWorkflowCommands } from '../../util/workflow-commands.js';
import { consoleRunHooks, type RunObservers } from '../console-hooks.js';
import { interruptOnSignals } from '../interrupt.js';
import { reportError } from '../report-error.js';
import { pathsMayLeaveWorkspace } from '../workspace-paths.js';

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
