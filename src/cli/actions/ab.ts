import { runAb } from '../../pipeline/ab-run.js';
import { consoleRunHooks, type RunObservers } from '../console-hooks.js';
import { interruptOnSignals } from '../interrupt.js';
import { reportError } from '../report-error.js';
import { pathsMayLeaveWorkspace } from '../workspace-paths.js';

export interface AbOptions {
  host: string;
  out?: string;
  set?: string[];
  baseSet?: string[];
  allowPathsOutsideWorkspace?: boolean;
}

/** What `infergate ab` does once its arguments are parsed; resolves to the exit code. */
export async function abCommand(options: AbOptions, observers: RunObservers = {}): Promise<number> {
  const interrupt = interruptOnSignals();
  try {
    const outcome = await runAb(
      { hostPath: options.host, overrides: options.set ?? [], baseOverrides: options.baseSet ?? [], outDir: options.out, allowPathsOutsideWorkspace: pathsMayLeaveWorkspace(options.allowPathsOutsideWorkspace) },
      consoleRunHooks(observers, interrupt.signal, 'infergate ab'),
    );
    if (outcome.error) reportError(outcome.error);
    return outcome.exitCode;
  } finally {
    interrupt.dispose();
  }
}
