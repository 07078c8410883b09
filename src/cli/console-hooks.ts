import type { RunHooks } from '../pipeline/run-benchmark.js';
import { ProgressReporter } from '../report/progress-line.js';
import { consoleLogger } from '../util/logger.js';

/** Hooks a caller may watch a run through (tests use them to learn which phase the run is in). */
export type RunObservers = Pick<RunHooks, 'onPhase' | 'onEngineSpawn' | 'onProgress'>;

/**
 * The hooks a CLI command runs the pipeline with: log lines to the console, the seed's result lines to
 * stdout, and a live progress line to stderr (stdout keeps only the result lines, for parsers), one per
 * load (`infergate ab` runs several), labelled with the command.
 */
export function consoleRunHooks(observers: RunObservers, signal: AbortSignal, label: string): RunHooks {
  let progress: ProgressReporter | undefined;
  return {
    ...observers,
    log: consoleLogger,
    printLine: (line) => process.stdout.write(`${line}\n`),
    signal,
    onProgress: (update) => {
      observers.onProgress?.(update);
      progress ??= new ProgressReporter({ total: update.total, isTTY: process.stderr.isTTY === true, write: (text) => process.stderr.write(text), label });
      progress.update(update);
    },
    onLoadEnd: () => {
      progress?.finish();
      progress = undefined;
    },
  };
}
