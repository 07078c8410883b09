import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { reportError } from './report-error.js';
import { ExitCode } from '../util/errors.js';
import { INFERGATE_VERSION } from '../util/version.js';

/** Builds the command-line program; each subcommand lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command('infergate')
    .description('Benchmark an LLM inference engine on XSum and gate regressions.')
    .version(INFERGATE_VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  for (const register of commands) register(program);
  return program;
}

/** Runs the CLI and returns the exit code; every error ends here as one line (see report-error.ts). */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  let exitCode: number = ExitCode.ok;
  program.hook('postAction', (_this, action) => {
    const code = (action as Command & { exitCodeResult?: number }).exitCodeResult;
    if (typeof code === 'number') exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version arrive here with exit code 0; usage errors were already printed by commander.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
    }
    return reportError(error);
  }
}
