import { ExitCode, InfergateError } from '../util/errors.js';
import { redactSecrets } from '../util/secrets.js';
import { neutraliseWorkflowCommands } from '../util/workflow-commands.js';

/**
 * The one top-level error handler: a known error prints its single sentence; anything else is a bug
 * in infergate and says so, still without a stack trace unless INFERGATE_DEBUG is set.
 */
export function reportError(error: unknown, write: (line: string) => void = (line) => process.stderr.write(line)): number {
  if (error instanceof InfergateError) {
    write(`infergate: ${neutraliseWorkflowCommands(redactSecrets(error.message))}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  write(`infergate: internal error: ${neutraliseWorkflowCommands(redactSecrets(message))} (please report it; set INFERGATE_DEBUG=1 for details)\n`);
  if (process.env.INFERGATE_DEBUG && error instanceof Error && error.stack) write(`${error.stack}\n`);
  return ExitCode.internal;
}
