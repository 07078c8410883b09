import type { Comparison } from '../gate/index.js';
import type { RunOutcome } from './run-benchmark.js';
import { buildChartsMarkdown, writeReport } from '../report/index.js';
import type { Logger } from '../util/logger.js';
import { redactFolder } from '../util/redact-folder.js';
import { redactSecrets } from '../util/secrets.js';

/**
 * Writes report.html, report.md and the exports into the run folder and returns the Mermaid charts for
 * the job summary and PR comment. A report that cannot be drawn is a warning: the measured results are
 * already written and must not be lost to it. The report is drawn from the run's columns as read back
 * and the predictions' summary gathered as they were written, and the results document the run wrote, not
 * from a second parse of any of those files.
 */
export function writeRunReport(run: Pick<RunOutcome, 'runDir' | 'columns' | 'predictions' | 'results'>, log: Logger, comparison?: Comparison): { charts?: string } {
  const { runDir, columns: requests, predictions, results } = run;
  try {
    // results.json is the text `results` was parsed from (late-signal.ts rewrites both together): not read back.
    const written = writeReport(runDir, { requests, results, ...(predictions ? { predictions } : {}), ...(comparison ? { comparison } : {}) });
    return { charts: redactSecrets(buildChartsMarkdown(written.input)) };
  } catch (error) {
    log.warn(`the report could not be written: ${error instanceof Error ? error.message : String(error)}`);
    return {};
  } finally {
    // The report is the last file the run writes: no secret value stays in any file of the folder.
    sweepSecrets(runDir, log);
  }
}

function sweepSecrets(runDir: string, log: Logger): void {
  try {
    redactFolder(runDir);
  } catch (error) {
    log.warn(`the run folder could not be swept for secrets: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
