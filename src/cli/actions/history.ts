import { statSync } from 'node:fs';
import { join } from 'node:path';
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

export interface HistoryAppendOptions {
  store: string;
  runUrl?: string;
  commit?: string;
}

/** `infergate history append`: adds the runs to the store; a run already there is left as it is. */
export async function historyAppend(runs: string[], opts: HistoryAppendOptions): Promise<number> {
  const fromEnv = originFromEnv(process.env);
  const origin = { run_url: opts.runUrl ?? fromEnv.run_url, commit: opts.commit ?? fromEnv.commit };
  const entries = runs.map((run) => {
    const path = resultsPathOf(run);
    return entryFromResults(readResultsFile(path), origin, path);
  });
  const added = await withStore(opts.store, (store) => store.append(entries));
  process.stdout.write(`history: ${added} of ${entries.length} runs added\n`);
  return ExitCode.ok;
}

export interface HistoryPageOptions {
  store: string;
  out: string;
  metric?: string[];
}

/** `infergate history page`: writes the trend page. */
export async function historyPage(opts: HistoryPageOptions): Promise<number> {
  const { groups, source } = await withStore(opts.store, async (store) => ({ groups: await trendGroups(store, opts.metric ?? DEFAULT_TREND_METRICS), source: store.description }));
  try {
    writeFileAtomic(opts.out, buildTrendPage(groups, source, new Date()));
  } catch (error) {
    throw new InputError(`--out ${opts.out}: cannot write the trend page (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  process.stdout.write(`wrote ${opts.out}\n`);
  return ExitCode.ok;
}

export interface HistorySummaryOptions {
  store: string;
  last: string;
  metric?: string[];
}

/** `infergate history summary`: prints the compact trend as Markdown. */
export async function historySummary(opts: HistorySummaryOptions): Promise<number> {
  const last = positive(opts.last, '--last');
  const groups = await withStore(opts.store, (store) => trendGroups(store, opts.metric ?? DEFAULT_TREND_METRICS));
  process.stdout.write(buildTrendSummary(groups, last));
  return ExitCode.ok;
}
