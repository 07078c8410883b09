import type { Command } from 'commander';
import { DEFAULT_TREND_METRICS } from '../../history/trend-metrics.js';
import { RUN_FILES } from '../../run-folder/layout.js';
import type { HistoryAppendOptions, HistoryPageOptions, HistorySummaryOptions } from '../actions/history.js';
import { setExitCode } from './set-action-exit.js';

const STORE_HELP = 'history.jsonl path, a postgres:// URL, or env:NAME to read the URL from the environment variable NAME';

/** `infergate history append|page|summary`: the certification history (docs/certification.md). */
export function registerHistory(program: Command): void {
  const history = program.command('history').description('keep the history of scheduled runs and draw its trends with change points');
  history
    .command('append')
    .description(`append runs (run folders or ${RUN_FILES.results} files) to the history; a run already there is left as it is`)
    .argument('<runs...>', `run folders or ${RUN_FILES.results} files`)
    .requiredOption('--store <store>', STORE_HELP)
    .option('--run-url <url>', 'link each point of the trend page to this URL (default: the GitHub Actions run, when in one)')
    .option('--commit <sha>', 'commit the runs were made from (default: GITHUB_SHA, when set)')
    .action(async (runs: string[], opts: HistoryAppendOptions, command: Command) => {
      const { historyAppend } = await import('../actions/history.js');
      setExitCode(command, await historyAppend(runs, opts));
    });
  history
    .command('page')
    .description('write the trend page: self-contained HTML, one line per metric per (accelerator, engine, model, profile), change points marked')
    .requiredOption('--store <store>', STORE_HELP)
    .requiredOption('--out <file>', 'the HTML file to write')
    .option('--metric <name...>', `headline metrics to draw (default: ${DEFAULT_TREND_METRICS.join(', ')}, where measured)`)
    .action(async (opts: HistoryPageOptions, command: Command) => {
      const { historyPage } = await import('../actions/history.js');
      setExitCode(command, await historyPage(opts));
    });
  history
    .command('summary')
    .description('print the compact trend of the last runs as Markdown (for $GITHUB_STEP_SUMMARY)')
    .requiredOption('--store <store>', STORE_HELP)
    .option('--last <n>', 'runs per sparkline', '14')
    .option('--metric <name...>', 'headline metrics to show (default: the trend page\'s)')
    .action(async (opts: HistorySummaryOptions, command: Command) => {
      const { historySummary } = await import('../actions/history.js');
      setExitCode(command, await historySummary(opts));
    });
}
