import { EngineTree } from './engine-tree.js';
import { readProcessRecord, readProcessRecordFile } from './process-record.js';

export interface LeftoverCleanup {
  /** The group that was found (null: nothing was recorded). */
  pgid: number | null;
  /** Live processes of the engine's tree found before stopping it (0: it had already exited). */
  found: number;
  /** True when no live process of the tree remains. */
  gone: boolean;
}

/**
 * For the action's post step: stops the engine a main step left behind (crashed, killed, cancelled): its
 * process group and every process it started outside it (recorded in engine-process.json, or found by
 * the marker in their environment). Uses the record file the main step saved (action state), else the
 * one in logDir, else only the group id it saved.
 */
export async function stopLeftoverEngine(where: { pgid?: number; recordFile?: string; logDir?: string }, graceMs = 10_000): Promise<LeftoverCleanup> {
  const record = where.recordFile !== undefined ? readProcessRecordFile(where.recordFile) : where.logDir !== undefined ? readProcessRecord(where.logDir) : null;
  const pgid = record?.pgid ?? where.pgid ?? null;
  if (pgid === null) return { pgid: null, found: 0, gone: true };
  const tree = record !== null && record.pgid === pgid ? EngineTree.fromRecord(record) : new EngineTree(pgid, '');
  const found = tree.scan().length;
  if (found === 0) return { pgid, found, gone: true };
  return { pgid, found, gone: await tree.stop(graceMs) };
}
