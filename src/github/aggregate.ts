import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { GATE_FILES, RUN_FILES } from '../run-folder/layout.js';
import * as core from '@actions/core';
import type { Comparison, Verdict } from '../gate/comparison.js';
import { readComparisonFile } from '../gate/comparison-file.js';
import { formatPercent, formatValue } from '../report/number-format.js';
import { escapeMarkdown } from '../util/escape.js';
import { renderComparisonMarkdown, verdictLabel } from '../report/markdown/comparison-markdown.js';
import { readResultsFile } from '../run-folder/results-file.js';
import type { ResultsDocument } from '../run-folder/results-document.js';
import { type ArtifactClientLike, defaultArtifactClient } from './artifact-client.js';
import { writeJobSummary } from './job-summary.js';
import { makeOctokit, type Octokit } from './octokit.js';
import { AGGREGATE_COMMENT_MARKER, COMMENT_MAX_CHARS, upsertPrComment } from './pr-comment.js';
import { commentBlockedByFork, forkCommentReason } from './fork-policy.js';
import { readRunContext, runUrl, type GitHubRunContext } from './run-context.js';
import type { CommentOutcome } from './publish.js';

/** One matrix job's outcome, read from its run folder artifact. */
export interface AggregateEntry {
  artifact: string;
  results: ResultsDocument | null;
  comparison: Comparison | null;
  /** Why the entry is incomplete (no results.json, unreadable comparison). */
  problem: string | null;
}

/**
 * Downloads the run folder artifacts of this workflow run whose names start with `namePrefix` (the
 * matrix jobs' uploads) and reads results.json and comparison.json from each.
 */
export async function collectMatrixResults(namePrefix: string, workDir: string, client?: ArtifactClientLike): Promise<AggregateEntry[]> {
  const artifacts = client ?? (await defaultArtifactClient());
  const { artifacts: listed } = await artifacts.listArtifacts({ latest: true });
  const wanted = listed.filter((a) => a.name.startsWith(namePrefix)).sort((a, b) => a.name.localeCompare(b.name));
  const entries: AggregateEntry[] = [];
  for (const artifact of wanted) {
    const path = join(workDir, artifact.name.replace(/[^A-Za-z0-9._-]/g, '_'));
    mkdirSync(path, { recursive: true });
    const res = await artifacts.downloadArtifact(artifact.id, { path });
    const dir = res.downloadPath ?? path;
    const entry: AggregateEntry = { artifact: artifact.name, results: null, comparison: null, problem: null };
    try {
      entry.results = existsSync(join(dir, RUN_FILES.results)) ? readResultsFile(join(dir, RUN_FILES.results)) : null;
      if (!entry.results) entry.problem = `no ${RUN_FILES.results} (the job failed before writing it)`;
      if (existsSync(join(dir, GATE_FILES.comparison))) entry.comparison = readComparisonFile(join(dir, GATE_FILES.comparison));
    } catch (error) {
      entry.problem = (error as Error).message;
    }
    entries.push(entry);
  }
  return entries;
}

const VERDICT_RANK: Record<Verdict, number> = { fail: 4, warn: 3, inconclusive: 2, 'not-compared': 2, pass: 1, skipped: 0 };

/** The worst verdict of the jobs; a job without results counts as a failure. */
export function aggregateVerdict(entries: readonly AggregateEntry[]): Verdict {
  if (entries.length === 0) return 'skipped';
  if (entries.some((e) => e.results === null)) return 'fail';
  let worst: Verdict = 'skipped';
  for (const e of entries) {
    const v = e.comparison?.verdict ?? 'skipped';
    if (VERDICT_RANK[v] > VERDICT_RANK[worst]) worst = v;
  }
  return worst;
}

const KEY_METRICS = ['ttft_ms_p99', 'tpot_ms_mean', 'output_tps', 'mfu', 'rouge1'] as const;

function keyCell(entry: AggregateEntry, name: string): string {
  const value = entry.results?.headline[name] ?? null;
  const m = entry.comparison?.metrics.find((x) => x.name === name);
  if (!m || m.delta_pct === null) return formatValue(value);
  return `${formatValue(value)} (${formatPercent(m.delta_pct)})`;
}

/** One combined report: an overview row per job, then each job's comparison folded. */
export function renderAggregateMarkdown(entries: readonly AggregateEntry[], opts: { marker?: string; runUrl?: string; maxChars?: number; title?: string } = {}): string {
  const verdict = aggregateVerdict(entries);
  const lines: string[] = [];
  if (opts.marker) lines.push(opts.marker);
  lines.push(`### ${escapeMarkdown(opts.title ?? 'infergate matrix')}: ${verdictLabel(verdict)} — ${entries.length} job${entries.length === 1 ? '' : 's'}`, '');
  if (entries.length === 0) lines.push('> No results artifacts were found for this run.', '');
  else {
    lines.push(`| Job | Accelerator | Engine | Model | Verdict | ${KEY_METRICS.map((k) => escapeMarkdown(k)).join(' | ')} |`);
    lines.push(`|---|---|---|---|---|${KEY_METRICS.map(() => '--:').join('|')}|`);
    for (const e of entries) {
      const env = e.results?.environment;
      const v = e.results === null ? '❌ no results' : verdictLabel(e.comparison?.verdict ?? 'skipped');
      lines.push(
        `| ${escapeMarkdown(e.artifact)} | ${escapeMarkdown(env?.accelerator ?? '—')} | ${escapeMarkdown(env ? `${env.engine} ${env.engine_version ?? ''}`.trim() : '—')} | ${escapeMarkdown(env?.model ?? '—')} | ${v} | ${KEY_METRICS.map((k) => keyCell(e, k)).join(' | ')} |`,
      );
    }
    lines.push('', '_Values are the current run; the change against each job\'s baseline is in brackets._', '');
  }
  const footer = opts.runUrl ? `\n[workflow run and artifacts](${opts.runUrl})\n` : '';
  const head = lines.join('\n');
  const budget = (opts.maxChars ?? Infinity) - head.length - footer.length - 200;
  const perJob = entries.length > 0 ? Math.floor(budget / entries.length) : 0;
  const sections: string[] = [];
  for (const e of entries) {
    const label = `${escapeMarkdown(e.artifact)} — ${e.results === null ? 'no results' : verdictLabel(e.comparison?.verdict ?? 'skipped')}`;
    const inner = e.comparison
      ? renderComparisonMarkdown(e.comparison, { headingLevel: 4, title: e.artifact, ...(Number.isFinite(perJob) ? { maxChars: Math.max(0, perJob - label.length - 60) } : {}) })
      : `> ${escapeMarkdown(e.problem ?? `no ${GATE_FILES.comparison} in the artifact`)}\n`;
    const section = `<details><summary>${label}</summary>\n\n${inner}\n</details>\n`;
    if (Number.isFinite(perJob) && section.length > perJob) continue;
    sections.push(section);
  }
  const omitted = entries.length - sections.length;
  const note = omitted > 0 ? `\n_${omitted} job detail(s) left out to stay under the size limit._\n` : '';
  return `${head}\n${sections.join('\n')}${note}${footer}`;
}

export interface AggregateOptions {
  namePrefix: string;
  workDir: string;
  ctx?: GitHubRunContext;
  client?: ArtifactClientLike;
  octokit?: Octokit;
  token?: string;
  comment?: boolean;
  title?: string;
}

/** `mode: aggregate`: one combined job summary and PR comment for a matrix of benchmark jobs. */
export async function publishAggregate(options: AggregateOptions): Promise<{ entries: AggregateEntry[]; verdict: Verdict; comment: CommentOutcome }> {
  const ctx = options.ctx ?? readRunContext();
  const entries = await collectMatrixResults(options.namePrefix, options.workDir, options.client);
  const verdict = aggregateVerdict(entries);
  const common = { runUrl: runUrl(ctx), ...(options.title ? { title: options.title } : {}) };
  await writeJobSummary(renderAggregateMarkdown(entries, { ...common, maxChars: 250_000 }));
  core.setOutput('verdict', verdict);
  core.setOutput('regressed', entries.filter((e) => e.results === null || e.comparison?.verdict === 'fail').map((e) => e.artifact).join(','));
  let comment: CommentOutcome = { action: 'skipped', reason: 'not a pull request' };
  if (options.comment !== false && ctx.pullRequest) {
    if (commentBlockedByFork(ctx)) {
      comment = { action: 'skipped', reason: `fork pull request: no comment (${forkCommentReason(ctx)})` };
      core.notice(`PR comment skipped: the pull request comes from a fork, ${forkCommentReason(ctx)} (docs/gate.md: workflow_run pattern)`);
    } else if (options.octokit || options.token) {
      try {
        const octokit = options.octokit ?? makeOctokit(options.token!, ctx);
        const body = renderAggregateMarkdown(entries, { ...common, marker: AGGREGATE_COMMENT_MARKER, maxChars: COMMENT_MAX_CHARS });
        comment = await upsertPrComment(octokit, { owner: ctx.owner, repo: ctx.repo, issueNumber: ctx.pullRequest.number }, body, AGGREGATE_COMMENT_MARKER);
      } catch (error) {
        comment = { action: 'skipped', reason: (error as Error).message };
        core.warning(`the combined PR comment could not be posted: ${(error as Error).message}`);
      }
    }
  }
  return { entries, verdict, comment };
}
