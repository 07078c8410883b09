// Action entry (post step): stop an engine the main step left running.
import * as core from '@actions/core';
import { runPostStep } from './action/post-step.js';

await runPostStep().catch((error: unknown) => core.warning(`infergate post: ${error instanceof Error ? error.message : String(error)}`));
