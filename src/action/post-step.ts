import * as core from '@actions/core';
import { killProcessGroup, isGroupAlive } from '../engine/index.js';
import { savedEngineProcess } from './state.js';

/**
 * The post step: when the main step crashed or was cancelled before stopping its engine, the engine's
 * process group is still alive and still holds the accelerator; stop it (SIGTERM, wait, SIGKILL).
 */
export async function runPostStep(): Promise<void> {
  const engine = savedEngineProcess();
  if (!engine) {
    core.info('infergate post: no engine was left running');
    return;
  }
  if (!isGroupAlive(engine.pgid)) {
    core.info(`infergate post: the engine's process group ${engine.pgid} has already exited`);
    return;
  }
  core.warning(`infergate post: the main step left the engine running (process group ${engine.pgid}); stopping it`);
  await killProcessGroup(engine.pgid, 15_000);
  core.info(`infergate post: process group ${engine.pgid} stopped`);
}
