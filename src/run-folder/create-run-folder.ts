import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ExitCode, InfergateError, InputError } from '../util/errors.js';
import { RUN_FILES } from './layout.js';

/** Run ids sort by time and never collide: UTC date-time plus 4 random hex digits. */
export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(2).toString('hex')}`;
}

/** Creates `<log_path>/<engine>/<run-id>/` (or the folder given with --out) and checks it is writable. */
export function createRunFolder(logPath: string, engine: string, runId: string, outDir?: string): string {
  const dir = outDir ?? join(logPath, engine, runId);
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new InputError(`${outDir ? '--out' : 'log_path'} ${dir}: cannot create a writable run folder (${code})`);
  }
  return dir;
}

/** "ENOSPC: the disk is full" or the bare error code: why a file of the run folder could not be written. */
export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
  return code === 'ENOSPC' ? 'ENOSPC: the disk is full' : code;
}

/** The run folder exists but refuses its first file (a full disk): nothing has run yet, as for log_path. */
export function unwritableRunFolder(dir: string, file: string, error: unknown): InputError {
  return new InputError(`run folder ${dir}: cannot write ${file} (${writeFailure(error)})`);
}

/**
 * Writing the final files failed after the run (the engine is already stopped): what was measured is lost,
 * results.json is still the one written before the run. Keeps the run's own failure and its exit code.
 */
export function unwritableResults(dir: string, error: unknown, failure: InfergateError | null): InfergateError {
  const message = `run folder ${dir}: cannot write the run's results (${writeFailure(error)}); ${RUN_FILES.results} is still the one written when the run started`;
  return new InfergateError(failure ? `${message}; the run had failed: ${failure.message}` : message, failure?.exitCode ?? ExitCode.runFailure);
}
