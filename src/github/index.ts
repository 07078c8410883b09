// GitHub side of the gate: summary, one PR comment, annotations, outputs, artifacts. See docs/gate.md.
export { publishToGitHub, writeCommentFile, type PublishOptions, type PublishResult, type CommentOutcome } from './publish.js';
export { uploadRunFolder, listRunFiles, type UploadResult, type UploadOptions } from './upload-run-folder.js';
export { downloadBaseline, type DownloadBaselineOptions, type BaselineDownload } from './download-baseline.js';
export { resolveBaseline, type BaselineSource, type ResolvedBaseline } from './resolve-baseline.js';
export { publishAggregate, collectMatrixResults, renderAggregateMarkdown, aggregateVerdict, type AggregateEntry, type AggregateOptions } from './aggregate.js';
export { readRunContext, runUrl, isGhesUrl, type GitHubRunContext, type PullRequestInfo } from './run-context.js';
export { assertForkRunAllowed, commentBlockedByFork } from './fork-policy.js';
export { checkedOutCommit } from './git.js';
export { upsertPrComment, GATE_COMMENT_MARKER, AGGREGATE_COMMENT_MARKER, COMMENT_MAX_CHARS } from './pr-comment.js';
export { writeJobSummary, SUMMARY_MAX_BYTES } from './job-summary.js';
export { annotateRegressions } from './annotations.js';
export { setGateOutputs } from './outputs.js';
export { makeOctokit, type Octokit } from './octokit.js';
export type { ArtifactClientLike } from './artifact-client.js';
export type { GateInputs } from './gate-inputs.js';
export { readForkRun, commentForFork, type ForkCommentOptions, type ForkCommentResult } from './fork-comment.js';
