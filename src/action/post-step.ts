import * as core from '@actions/core';
import { interceptSignals, stopLeftoverEngine } from '../engine/index.js';
import { ExitCode } from '../util/errors.js';
import { savedEngineProcess } from './state.js';

/** The post step's grace between SIGTERM and SIGKILL: the runner ends the job soon after. */
const POST_STOP_GRACE_MS = 15_000;

/**
 * The post step: when the main step crashed or was cancelled before stopping its engine, the engine's
 * processes (its group, and workers that left it) are still alive and still hold the accelerator; stop
 * them (one SIGTERM, wait, SIGKILL). A signal to the post step itself (the runner cancelling it) SIGKILLs
 * them at once and ends it with 130, the one shutdown path's code; a second signal exits at once.
 */
export async function runPostStep(): Promise<number> {
  const engine = savedEngineProcess();
  if (!engine) {
    core.info('infergate post: no engine was left running');
    return ExitCode.ok;
  }
  core.info(`infergate post: looking for processes of the engine's process group ${engine.pgid}${engine.recordFile ? ` and those ${engine.recordFile} lists` : ''}`);
  const interrupt = interceptSignals((name) => core.warning(`infergate post: ${name} received: killing the engine's processes now`));
  try {
    const cleanup = await stopLeftoverEngine({ pgid: engine.pgid, recordFile: engine.recordFile }, POST_STOP_GRACE_MS, interrupt.signal);
    if (cleanup.found === 0) {
      core.info(`infergate post: the engine's process group ${engine.pgid} has already exited`);
    } else {
      core.warning(`infergate post: the main step left the engine running (process group ${engine.pgid}); stopping it: ${cleanup.found} process(es)`);
      if (!cleanup.gone) core.warning(`infergate post: processes of the engine's group ${engine.pgid} survived SIGKILL`);
      else core.info(`infergate post: process group ${engine.pgid} stopped`);
    }
    return interrupt.signal.aborted ? ExitCode.interrupted : ExitCode.ok;
  } finally {
    interrupt.dispose();
  }
}
