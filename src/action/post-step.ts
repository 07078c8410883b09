import * as core from '@actions/core';
import { stopLeftoverEngine } from '../engine/index.js';
import { savedEngineProcess } from './state.js';

/** The post step's grace between SIGTERM and SIGKILL: the runner ends the job soon after. */
const POST_STOP_GRACE_MS = 15_000;

/**
 * The post step: when the main step crashed or was cancelled before stopping its engine, the engine's
 * processes (its group, and workers that left it) are still alive and still hold the accelerator; stop
 * them (one SIGTERM, wait, SIGKILL).
 */
export async function runPostStep(): Promise<void> {
  const engine = savedEngineProcess();
  if (!engine) {
    core.info('infergate post: no engine was left running');
    return;
  }
  core.info(`infergate post: looking for processes of the engine's process group ${engine.pgid}${engine.recordFile ? ` and those ${engine.recordFile} lists` : ''}`);
  const cleanup = await stopLeftoverEngine({ pgid: engine.pgid, recordFile: engine.recordFile }, POST_STOP_GRACE_MS);
  if (cleanup.found === 0) {
    core.info(`infergate post: the engine's process group ${engine.pgid} has already exited`);
    return;
  }
  core.warning(`infergate post: the main step left the engine running (process group ${engine.pgid}); stopping it: ${cleanup.found} process(es)`);
  if (!cleanup.gone) core.warning(`infergate post: processes of the engine's group ${engine.pgid} survived SIGKILL`);
  core.info(`infergate post: process group ${engine.pgid} stopped`);
}
