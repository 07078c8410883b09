import { execFile } from 'node:child_process';
import { isAbsolute, relative } from 'node:path';
import { buildEngineEnvironment } from '../engine/engine-environment.js';

/**
 * The two questions the gate asks git about the checkout: which commit is checked out (the fork policy
 * under pull_request_target), and what a file held at a trusted commit (the gate's own files read from
 * the base branch, not from the pull request). git is started with an argument array and the same built
 * environment as the engine: never a shell, never the action's inputs or tokens.
 */
const GIT_TIMEOUT_MS = 30_000;

function git(args: string[], cwd: string): Promise<{ ok: true; stdout: string } | { ok: false; error: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: GIT_TIMEOUT_MS, maxBuffer: 256 << 20, env: buildEngineEnvironment(process.env, {}), encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) resolve({ ok: false, error: (stderr.trim().split('\n')[0] ?? '') || error.message });
      else resolve({ ok: true, stdout });
    });
  });
}

/** The commit checked out in `cwd`, or null when it is not a git checkout (or git is missing). */
export async function checkedOutCommit(cwd: string): Promise<string | null> {
  const result = await git(['rev-parse', '--verify', 'HEAD^{commit}'], cwd);
  return result.ok ? result.stdout.trim() : null;
}

/** A ref a user may give: a branch, tag, remote ref or commit id; never an option (`-...`), never `..`. */
export function isPlainRef(ref: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(ref) && !ref.includes('..') && !ref.endsWith('/') && !ref.endsWith('.lock');
}

/** The commit id `ref` names in the checkout at `cwd`, or an error sentence. */
export async function resolveCommit(ref: string, cwd: string): Promise<{ ok: true; commit: string } | { ok: false; error: string }> {
  if (!isPlainRef(ref)) return { ok: false, error: `"${ref}" is not a branch, tag or commit name` };
  const result = await git(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`], cwd);
  return result.ok ? { ok: true, commit: result.stdout.trim() } : { ok: false, error: result.error };
}

/**
 * The text of `path` (relative to `cwd`, or absolute inside it) at `commit`, or null when that commit has
 * no such file. `git cat-file blob`, not `git show`: no text conversion filter the checkout configures.
 */
export async function fileAtCommit(commit: string, path: string, cwd: string): Promise<string | null> {
  const rel = isAbsolute(path) ? relative(cwd, path) : path;
  const result = await git(['cat-file', 'blob', `${commit}:./${rel.split('\\').join('/')}`], cwd);
  return result.ok ? result.stdout : null;
}
