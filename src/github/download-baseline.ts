import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RUN_FILES } from '../run-folder/layout.js';
import type { BaselineSet } from '../gate/baseline-set.js';
import { baselinePredictionsFor } from '../gate/baseline-predictions.js';
import { readResultsFile } from '../run-folder/results-file.js';
import { type ArtifactClientLike, defaultArtifactClient, isArtifactNotFound, isGhesArtifactError } from './artifact-client.js';
import type { Octokit } from './octokit.js';
import type { GitHubRunContext } from './run-context.js';

export interface DownloadBaselineOptions {
  octokit: Octokit;
  ctx: GitHubRunContext;
  /** Token for the artifact download from another run (needs `actions: read`). */
  token: string;
  /** Workflow file name (e.g. "nightly.yml") or id whose latest successful run holds the baseline. */
  workflow: string;
  /** Artifact name in that run (the run folder upload). */
  artifactName: string;
  /** Branch to take the run from; default: the repository's default branch. */
  branch?: string;
  /** Folder to download into. */
  destDir: string;
  client?: ArtifactClientLike;
}

/** A baseline, or why there is none (a notice for the report, not an error: the run goes on ungated). */
export type BaselineDownload = { baseline: BaselineSet; notice: null } | { baseline: null; notice: string };

/**
 * Downloads results.json from the artifact of the latest successful run of `workflow` on the default
 * branch: the REST API finds the run, the artifact client (`getArtifact` and `downloadArtifact` with
 * `findBy`) fetches the artifact from it.
 */
export async function downloadBaseline(options: DownloadBaselineOptions): Promise<BaselineDownload> {
  const { ctx, octokit } = options;
  if (ctx.isGhes) {
    return {
      baseline: null,
      notice:
        'No baseline artifact: GitHub Enterprise Server does not support downloading artifacts of other runs with @actions/artifact; use a baseline file or a history file in the repository instead.',
    };
  }
  const branch = options.branch ?? ctx.defaultBranch;
  if (!branch) return { baseline: null, notice: 'No baseline artifact: the default branch is unknown (no repository in the event payload); set the baseline branch.' };
  let runs;
  try {
    runs = await octokit.rest.actions.listWorkflowRuns({
      owner: ctx.owner,
      repo: ctx.repo,
      workflow_id: options.workflow,
      branch,
      status: 'success',
      per_page: 1,
    });
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) return { baseline: null, notice: `No baseline artifact: workflow ${options.workflow} was not found in ${ctx.owner}/${ctx.repo}.` };
    if (status === 403) return { baseline: null, notice: 'No baseline artifact: the token may not read workflow runs; grant `actions: read` in the workflow permissions.' };
    throw error;
  }
  const run = runs.data.workflow_runs[0];
  if (!run) return { baseline: null, notice: `No baseline artifact: workflow ${options.workflow} has no successful run on ${branch} yet.` };
  const findBy = { token: options.token, workflowRunId: run.id, repositoryOwner: ctx.owner, repositoryName: ctx.repo };
  try {
    const client = options.client ?? (await defaultArtifactClient());
    const { artifact } = await client.getArtifact(options.artifactName, { findBy });
    const path = join(options.destDir, `baseline-${run.id}`);
    mkdirSync(path, { recursive: true });
    const res = await client.downloadArtifact(artifact.id, { path, findBy });
    const resultsPath = join(res.downloadPath ?? path, RUN_FILES.results);
    if (!existsSync(resultsPath)) {
      return { baseline: null, notice: `No baseline: artifact ${options.artifactName} of run ${run.id} holds no ${RUN_FILES.results}.` };
    }
    const predictions = baselinePredictionsFor(resultsPath);
    return {
      baseline: { source: `artifact ${options.artifactName} of ${options.workflow} run ${run.id} on ${branch}`, documents: [readResultsFile(resultsPath)], ...(predictions ? { predictions } : {}) },
      notice: null,
    };
  } catch (error) {
    if (isGhesArtifactError(error)) {
      return { baseline: null, notice: 'No baseline artifact: the artifact service is not available on this GitHub Enterprise Server; use a baseline file or history file.' };
    }
    if (isArtifactNotFound(error)) {
      return { baseline: null, notice: `No baseline: run ${run.id} of ${options.workflow} has no artifact named ${options.artifactName}.` };
    }
    throw error;
  }
}
