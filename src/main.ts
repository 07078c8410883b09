// Action entry (main step). Thin: settings → pipeline → report, one top-level error handler.
import { failAction, runAction } from './action/run-action.js';

process.exitCode = await runAction().catch(failAction);
