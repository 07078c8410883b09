import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError, located } from '../util/errors.js';

/**
 * Paths written in configuration (host.yaml, task.yaml, --set) must stay inside the workspace — the
 * folder infergate runs in; in the action that is the step's working directory, GITHUB_WORKSPACE — so a
 * configuration change in a pull request cannot make infergate read host files into prompts and artifacts
 * (data_path: /etc/shadow) or write its run folder over them (log_path: ../../.ssh). Symbolic links are
 * followed first, so a link committed inside the workspace cannot point out of it either.
 * The rule is lifted for runners whose models and data live elsewhere (/models, /data) only by whoever runs
 * infergate: the CLI's --allow-paths-outside-workspace (or --set allow_paths_outside_workspace=true) and the
 * action input allow-paths-outside-workspace — never by host.yaml or task.yaml, which a pull request can edit.
 * The CLI lifts it by itself outside a GitHub workflow, where no pull request is involved
 * (cli/commands/run.ts, pathsMayLeaveWorkspace).
 */
export const SETTING = 'allow_paths_outside_workspace';

export interface ConfigPath {
  /** e.g. "data_path" or "dataset.cache_dir". */
  key: string;
  value: string;
  /** Where it was written, for the error: "host.yaml:3", "--set", ... */
  where: { path: string; line?: number };
}

/** The path with every symbolic link of its existing part resolved; the part not created yet is appended. */
export function physicalPath(path: string): string {
  const rest: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      return join(realpathSync(current), ...rest.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return resolve(path);
      rest.push(basename(current));
      current = parent;
    }
  }
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

/** Throws an InputError naming the first configured path that leaves the workspace. */
export function assertInsideWorkspace(paths: readonly ConfigPath[], options: { allowOutside: boolean; workspace?: string }): void {
  if (options.allowOutside) return;
  const root = physicalPath(options.workspace ?? process.cwd());
  for (const { key, value, where } of paths) {
    const target = physicalPath(resolve(root, value));
    if (isInside(root, target)) continue;
    const via = resolve(root, value) === target ? '' : ` (through a symbolic link, to ${target})`;
    throw new InputError(
      located(where.path, where.line, `${key} ${value} is outside the workspace ${root}${via}; paths stay inside it in the action and in a GitHub workflow (GITHUB_ACTIONS=true), where a pull request can edit the configuration: pass --allow-paths-outside-workspace (the action input allow-paths-outside-workspace: true) to allow paths outside it`),
    );
  }
}

export interface Containment {
  allowOutside: boolean;
  /** Default: the working directory. */
  workspace?: string;
}

/**
 * A file about to be opened, whatever led to it (a task.yaml or GPUConfig.yaml below config_path, a member
 * of a data folder, the model's config.json), must itself resolve inside the workspace: a link committed
 * below a configured folder would otherwise lead out of it. Throws an InputError naming the file and where
 * its link leads; the file is never read, so no error can quote what it holds.
 */
export function assertOpenedInside(path: string, what: string, containment: Containment): void {
  if (containment.allowOutside) return;
  const root = physicalPath(containment.workspace ?? process.cwd());
  const target = physicalPath(path);
  if (isInside(root, target)) return;
  throw new InputError(
    `${what} ${path} is outside the workspace ${root} (through a symbolic link, to ${target}) and was not read; paths stay inside it in the action and in a GitHub workflow (GITHUB_ACTIONS=true), where a pull request can edit the configuration: pass --allow-paths-outside-workspace (the action input allow-paths-outside-workspace: true) to allow paths outside it`,
  );
}
