// Action entry (post step): stop an engine the main step left running. A failure to do so is a warning
// (the job's verdict is the main step's); a signal to the post step itself ends it with 130.
import * as core from '@actions/core';
import { runPostStep } from './action/post-step.js';

process.exitCode = await runPostStep().catch((error: unknown) => {
  core.warning(`infergate post: ${error instanceof Error ? error.message : String(error)}`);
  return 0;
});
