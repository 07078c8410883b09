import { interceptSignals } from '../engine/index.js';

/**
 * SIGINT / SIGTERM abort the run instead of killing the process outright, so the engine is stopped and
 * partial results are written; the run then exits 130. A second signal exits 130 at once (the shutdown
 * guard, src/engine/shutdown-guard.ts, is the one path both take).
 */
export function interruptOnSignals(): { signal: AbortSignal; dispose(): void } {
  return interceptSignals((name) => {
    process.stderr.write(`[infergate] ${name} received: stopping the engine and writing partial results (send again to exit at once)\n`);
  });
}
