import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_PROCESS_FILE } from '../run-folder/layout.js';
import type { EngineTreeRecord } from './engine-tree.js';

/** The file startEngine writes next to output.txt, and rewrites as it finds workers outside the group. */
export const PROCESS_RECORD_FILE = ENGINE_PROCESS_FILE;

/** engine-process.json: the engine's main process and its tree (group, marker, workers outside the group). */
export interface ProcessRecord extends EngineTreeRecord {
  engine: string;
  pid: number;
  command: string;
  started_at: string;
}

/** The record a main step left at `file`, or null when there is none (nothing was launched) or it is not one. */
export function readProcessRecordFile(file: string): ProcessRecord | null {
  let parsed: Partial<ProcessRecord>;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<ProcessRecord>;
  } catch {
    return null;
  }
  if (typeof parsed.pgid !== 'number' || !Number.isInteger(parsed.pgid) || parsed.pgid <= 1) return null;
  const escaped = Array.isArray(parsed.escaped) ? parsed.escaped.filter((p) => Number.isInteger(p?.pid) && p.pid > 1 && Number.isFinite(p?.startTime)) : [];
  return {
    ...(parsed as ProcessRecord),
    start_time: typeof parsed.start_time === 'number' ? parsed.start_time : 0,
    marker: typeof parsed.marker === 'string' && /^[A-Z_]+=[\w-]+$/.test(parsed.marker) ? parsed.marker : '',
    escaped,
  };
}

/** The record a main step left in logDir, or null. */
export function readProcessRecord(logDir: string): ProcessRecord | null {
  return readProcessRecordFile(join(logDir, PROCESS_RECORD_FILE));
}
