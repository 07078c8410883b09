import type { Command } from 'commander';
import { writeRunReport } from '../../pipeline/report-step.js';
import { runBenchmark } from '../../pipeline/run-benchmark.js';
import { ProgressReporter } from '../../report/progress-line.js';
import { consoleLogger } from '../../util/logger.js';
import { reportError } from '../report-error.js';
import { interruptOnSignals } from '../interrupt.js';
import { setExitCode } from './set-action-exit.js';

interface RunOptions {
  host: string;
  out?: string;
  set?: string[];
  allowPathsOutsideWorkspace?: boolean;
}

/** `infergate run`: the whole benchmark from host.yaml; prints the seed's lines and writes the run folder. */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('launch the configured engine, run the XSum benchmark, write the run folder')
    .option('--host <file>', 'host.yaml (seed format)', 'configs/host.yaml')
    .option('--out <dir>', 'run folder (default <log_path>/<engine>/<run-id>)')
    .option('--set <key=value...>', 'override a setting, e.g. --set load.concurrency=8 --set task_nums=50')
    .option('--allow-paths-outside-workspace', 'let configured paths (model_path, data_path, ...) point outside the working directory')
    .action(async (options: RunOptions, command: Command) => {
      const interrupt = interruptOnSignals();
      let progress: ProgressReporter | undefined;
      try {
        const outcome = await runBenchmark(
          { hostPath: options.host, overrides: options.set ?? [], outDir: options.out, allowPathsOutsideWorkspace: options.allowPathsOutsideWorkspace === true },
          {
            log: consoleLogger,
            printLine: (line) => process.stdout.write(`${line}\n`),
            signal: interrupt.signal,
            // Progress goes to stderr: stdout keeps only the seed's result lines for parsers.
            onProgress: (snapshot) => {
              progress ??= new ProgressReporter({ total: snapshot.total, isTTY: process.stderr.isTTY === true, write: (text) => process.stderr.write(text), label: 'infergate' });
              progress.update(snapshot);
            },
            onLoadEnd: () => progress?.finish(),
          },
        );
        writeRunReport(outcome.runDir, consoleLogger);
        if (outcome.error) reportError(outcome.error);
        setExitCode(command, outcome.exitCode);
      } finally {
        interrupt.dispose();
      }
    });
}
