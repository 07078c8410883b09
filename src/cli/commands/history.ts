import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { readResultsFile } from '../../run-folder/results-file.js';
import { entryFromResults, type RunOrigin } from '../../history/history-entry.js';
import type { HistoryStore } from '../../history/history-store.js';
import { openHistoryStore } from '../../history/open-store.js';
import { RUN_FILES } from '../../run-folder/layout.js';
import { buildTrendPage } from '../../history/trend-page.js';
import { buildTrendSummary } from '../../history/trend-summary.js';
import { DEFAULT_TREND_METRICS, trendGroups } from '../../history/trend.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { ExitCode, InputError } from '../../util/errors.js';
import { parseWholeNumber } from '../../util/parse-value.js';
import { setExitCode } from './set-action-exit.js';

const STORE_HELP = 'history.jsonl path, a postgres:// URL, or env:NAME to read the URL from the environment variable NAME';

/** A run folder (its results.json) or a results.json path. */
function resultsPathOf(path: string): string {
  try {
    return statSync(path).isDirectory() ? join(path, RUN_FILES.results) : path;
  } catch {
    throw new InputError(`${path}: no such run folder or results file`);
  }
}

/** The workflow run this process belongs to, when it runs in GitHub Actions. */
function originFromEnv(env: NodeJS.ProcessEnv): RunOrigin {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id, GITHUB_SHA: sha } = env;
  return { run_url: server && repo && id ? `${server}/${repo}/actions/runs/${id}` : null, commit: sha ?? null };
}

async function withStore<T>(spec: string, use: (store: HistoryStore) => Promise<T>): Promise<T> {
  const store = await openHistoryStore(spec);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

function positive(value: string, name: string): number {
  const n = parseWholeNumber(value, 1);
  if (n === undefined) throw new InputError(`${name} ${value}: expected a whole number ≥ 1`);
  return n;
}

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
    .action(async (runs: string[], opts: { store: string; runUrl?: string; commit?: string }, command: Command) => {
      const fromEnv = originFromEnv(process.env);
      const origin = { run_url: opts.runUrl ?? fromEnv.run_url, commit: opts.commit ?? fromEnv.commit };
      const entries = runs.map((run) => {
        const path = resultsPathOf(run);
        return entryFromResults(readResultsFile(path), origin, path);
      });
      const added = await withStore(opts.store, (store) => store.append(entries));
      process.stdout.write(`history: ${added} of ${entries.length} runs added\n`);
      setExitCode(command, ExitCode.ok);
    });
  history
    .command('page')
    .description('write the trend page: self-contained HTML, one line per metric per (accelerator, engine, model, profile), change points marked')
    .requiredOption('--store <store>', STORE_HELP)
    .requiredOption('--out <file>', 'the HTML file to write')
    .option('--metric <name...>', `headline metrics to draw (default: ${DEFAULT_TREND_METRICS.join(', ')}, where measured)`)
    .action(async (opts: { store: string; out: string; metric?: string[] }, command: Command) => {
      const { groups, source } = await withStore(opts.store, async (store) => ({ groups: await trendGroups(store, opts.metric ?? DEFAULT_TREND_METRICS), source: store.description }));
      try {
        writeFileAtomic(opts.out, buildTrendPage(groups, source, new Date()));
      } catch (error) {
        throw new InputError(`--out ${opts.out}: cannot write the trend page (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
      process.stdout.write(`wrote ${opts.out}\n`);
      setExitCode(command, ExitCode.ok);
    });
  history
    .command('summary')
    .description('print the compact trend of the last runs as Markdown (for $GITHUB_STEP_SUMMARY)')
    .requiredOption('--store <store>', STORE_HELP)
    .option('--last <n>', 'runs per sparkline', '14')
    .option('--metric <name...>', 'headline metrics to show (default: the trend page\'s)')
    .action(async (opts: { store: string; last: string; metric?: string[] }, command: Command) => {
      const last = positive(opts.last, '--last');
      const groups = await withStore(opts.store, (store) => trendGroups(store, opts.metric ?? DEFAULT_TREND_METRICS));
      process.stdout.write(buildTrendSummary(groups, last));
      setExitCode(command, ExitCode.ok);
    });
}
