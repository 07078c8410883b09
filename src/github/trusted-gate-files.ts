import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseNoiseProfile, type NoiseProfile } from '../gate/noise-profile.js';
import { parseThresholds, type ThresholdConfig } from '../gate/thresholds-config.js';
import { InputError } from '../util/errors.js';
import { fileAtCommit, resolveCommit } from './git.js';
import type { BaselineSource } from './resolve-baseline.js';
import type { GitHubRunContext } from './run-context.js';

/**
 * The gate's own files (thresholds, baseline file, baseline history, noise profile) read from a trusted
 * commit instead of the checkout: a pull request that edits thresholds.yaml, the committed baseline or the
 * noise profile (which sets how wide the noise is) in its own branch would otherwise grade itself
 * (docs/gate.md, "Where the gate's files come from"). `trusted-ref: base` is the pull request's base
 * commit; any other value is a branch, tag or commit of the checkout.
 */
export interface TrustedGateFiles {
  /** The thresholds at the trusted commit; undefined when none are configured (the built-in defaults). */
  thresholds: ThresholdConfig | undefined;
  baselineSources: BaselineSource[];
  /** The noise profile at the trusted commit; null when none was asked for or the commit has none. */
  profile: NoiseProfile | null;
  /** e.g. "base commit 1a2b3c4d5e6f": what the log line and errors call it. */
  described: string;
}

export interface TrustedRefOptions {
  ref: string;
  thresholdsPath: string | undefined;
  baselineSources: readonly BaselineSource[];
  /** A noise profile from `infergate calibrate`; a file missing at the trusted commit is no profile. */
  noiseProfilePath?: string | undefined;
  ctx: GitHubRunContext;
  /** The checkout git is asked in. */
  cwd: string;
  /** Where the baseline files are written out for the readers that take a path. */
  tempDir: string;
}

/** null when there is nothing to read from another commit: `base` outside a pull request reads the checkout. */
export async function readTrustedGateFiles(options: TrustedRefOptions): Promise<TrustedGateFiles | null> {
  const { ref, ctx, cwd } = options;
  let name = ref;
  if (ref === 'base') {
    if (ctx.pullRequest === null) return null;
    if (ctx.pullRequest.baseSha === null) throw new InputError(`input trusted-ref: "base" needs a pull request event's payload (under ${ctx.eventName || 'this event'} there is none); give the base branch's name`);
    name = ctx.pullRequest.baseSha;
  }
  const resolved = await resolveCommit(name, cwd);
  if (!resolved.ok) {
    throw new InputError(`input trusted-ref: ${name} is not a commit of the checkout (${resolved.error}); check out with fetch-depth: 0, or fetch it first`);
  }
  const commit = resolved.commit;
  const described = `${ref === 'base' ? 'base commit' : ref} ${commit.slice(0, 12)}`;
  let thresholds: ThresholdConfig | undefined;
  if (options.thresholdsPath !== undefined) {
    const text = await fileAtCommit(commit, options.thresholdsPath, cwd);
    if (text === null) throw new InputError(`${options.thresholdsPath} at ${described}: thresholds file not found`);
    thresholds = parseThresholds(text, `${options.thresholdsPath} at ${described}`);
  }
  const profileText = options.noiseProfilePath === undefined ? null : await fileAtCommit(commit, options.noiseProfilePath, cwd);
  const profile = profileText === null ? null : parseNoiseProfile(profileText, `${options.noiseProfilePath} at ${described}`);
  const dir = join(options.tempDir, `infergate-trusted-${commit.slice(0, 12)}`);
  const baselineSources: BaselineSource[] = [];
  for (const [i, source] of options.baselineSources.entries()) {
    if (source.kind === 'artifact') {
      baselineSources.push(source);
      continue;
    }
    // A file missing at the trusted commit is passed on as missing (a first run), with its own name.
    const text = await fileAtCommit(commit, source.path, cwd);
    const copy = join(dir, String(i), basename(source.path));
    mkdirSync(join(dir, String(i)), { recursive: true });
    if (text !== null) writeFileSync(copy, text);
    baselineSources.push({ ...source, path: copy });
  }
  return { thresholds, baselineSources, profile, described };
}
