import { killProcessGroup } from './process-group.js';
import { readProcessRecord } from './process-record.js';

export interface LeftoverCleanup {
  /** The group that was found (null: nothing was recorded). */
  pgid: number | null;
  /** True when no live process of that group remains. */
  gone: boolean;
}

/**
 * For the action's post step: stops the engine a main step left behind (crashed, killed, cancelled).
 * Uses the group id the main step saved (action state) when given, else engine-process.json in logDir.
 */
export async function stopLeftoverEngine(where: { pgid?: number; logDir?: string }, graceMs = 10_000): Promise<LeftoverCleanup> {
  const pgid = where.pgid ?? (where.logDir === undefined ? null : (readProcessRecord(where.logDir)?.pgid ?? null));
  if (pgid === null) return { pgid: null, gone: true };
  return { pgid, gone: await killProcessGroup(pgid, graceMs) };
}
