import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../util/errors.js';

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

/** Names of the files in a run folder (results.json's `files` lists those written). */
export const RUN_FILES = {
  results: 'results.json',
  requests: 'requests.jsonl',
  predictions: 'predictions.jsonl',
  engineOutput: 'output.txt',
  console: 'console.log',
  telemetry: 'telemetry.jsonl',
} as const;
