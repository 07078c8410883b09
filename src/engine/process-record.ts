import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** engine-process.json, written by startEngine next to output.txt. */
export interface ProcessRecord {
  engine: string;
  pid: number;
  pgid: number;
  command: string;
  started_at: string;
}

/** The record a main step left in logDir, or null when there is none (nothing was launched). */
export function readProcessRecord(logDir: string): ProcessRecord | null {
  let text: string;
  try {
    text = readFileSync(join(logDir, 'engine-process.json'), 'utf8');
  } catch {
    return null;
  }
  const parsed = JSON.parse(text) as Partial<ProcessRecord>;
  return typeof parsed.pgid === 'number' && Number.isInteger(parsed.pgid) && parsed.pgid > 1 ? (parsed as ProcessRecord) : null;
}
