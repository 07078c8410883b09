import { join } from 'node:path';
import type { ResultsDocument } from '../run-folder/results-document.js';
import { writeJsonAtomic } from '../util/atomic-write.js';
import { interruption } from '../util/errors.js';
import { RUN_FILES } from '../run-folder/layout.js';
import { yieldToSignals, type RunOutcome } from './run-benchmark.js';

/**
 * A signal that arrived after results.json was written (while the report was drawn or the run folder
 * uploaded) still ends the run as interrupted, exit 130: results.json is rewritten with that status and
 * the failure, which keeps the run's own failure when it had one. Every figure in it stays as measured.
 * Returns the outcome unchanged when no signal came or the run already says interrupted.
 */
export async function settleLateSignal(outcome: RunOutcome, signal: AbortSignal, phase: string): Promise<RunOutcome> {
  await yieldToSignals();
  if (!signal.aborted || outcome.results.status === 'interrupted') return outcome;
  const earlier = outcome.error ? `; the run had failed: ${outcome.error.message}` : '; the run itself had completed';
  const error = interruption(signal, `during the ${phase}${earlier}`);
  const results: ResultsDocument = { ...outcome.results, status: 'interrupted', failure: { message: error.message, exit_code: error.exitCode } };
  writeJsonAtomic(join(outcome.runDir, RUN_FILES.results), results);
  return { ...outcome, results, exitCode: error.exitCode, error };
}
