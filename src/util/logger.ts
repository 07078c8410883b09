import { neutraliseWorkflowCommands } from './workflow-commands.js';

/** Where the pipeline's human-readable messages go: the console for the CLI, @actions/core in the action. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** The CLI may itself run in a workflow step: a message quoting an engine never prints a live command. */
export const consoleLogger: Logger = {
  info: (message) => process.stderr.write(`[infergate] ${neutraliseWorkflowCommands(message)}\n`),
  warn: (message) => process.stderr.write(`[infergate] warning: ${neutraliseWorkflowCommands(message)}\n`),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {} };
