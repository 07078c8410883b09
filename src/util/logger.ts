/** Where the pipeline's human-readable messages go: the console for the CLI, @actions/core in the action. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const consoleLogger: Logger = {
  info: (message) => process.stderr.write(`[infergate] ${message}\n`),
  warn: (message) => process.stderr.write(`[infergate] warning: ${message}\n`),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {} };
