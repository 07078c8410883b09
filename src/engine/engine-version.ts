import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import type { VersionSource } from './engine-adapter.js';
import { singleLine } from '../util/control-characters.js';
import { probe } from './http-probe.js';

const VERSION_TIMEOUT_MS = 20_000;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: VERSION_TIMEOUT_MS, env, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      // Several tools print their version on stderr and some exit non-zero after printing it.
      const text = `${stdout}\n${stderr}`;
      resolve(error && text.trim() === '' ? null : text);
    });
  });
}

/** Absolute path of an executable as PATH would find it. */
export function resolveOnPath(command: string, path = process.env.PATH ?? ''): string | null {
  if (isAbsolute(command) || command.includes('/')) return existsSync(command) ? command : null;
  for (const dir of path.split(delimiter)) {
    if (dir !== '' && existsSync(join(dir, command))) return join(dir, command);
  }
  return null;
}

function field(json: unknown, dotted: string): string | null {
  let value: unknown = json;
  for (const key of dotted.split('.')) {
    if (typeof value !== 'object' || value === null) return null;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'string' ? cleanVersion(value) : null;
}

/** Longer than any real version string; a longer answer is cut, not trusted. */
const MAX_VERSION_CHARS = 120;

/**
 * An engine's version is its own answer, untrusted: one line, no control characters, at most 120
 * characters. It reaches the log, results.json, the report and the PR comment (each escapes it again).
 */
export function cleanVersion(raw: string): string | null {
  const line = singleLine(raw).replace(/\s+/g, ' ').trim().slice(0, MAX_VERSION_CHARS).trim();
  return line === '' ? null : line;
}

/**
 * The engine's version from the first source that answers, or null. Never throws: a missing version is
 * reported as unknown, not a failed run.
 */
export async function readVersion(
  sources: VersionSource[],
  context: { baseUrl: string; command: string | null; env: NodeJS.ProcessEnv },
): Promise<string | null> {
  for (const source of sources) {
    let version: string | null = null;
    if (source.kind === 'http') {
      const response = await probe(`${context.baseUrl}${source.path}`, { timeoutMs: VERSION_TIMEOUT_MS });
      if (response?.status === 200) {
        try {
          version = field(JSON.parse(response.body), source.field);
        } catch {
          version = null;
        }
      }
    } else if (source.kind === 'command' && context.command !== null) {
      const text = await run(context.command, source.args, context.env);
      const matched = text?.match(source.pattern)?.[1];
      version = matched === undefined ? null : cleanVersion(matched);
    } else if (source.kind === 'python-dist' && context.command !== null) {
      // The interpreter of the environment the engine is installed in, when it sits next to it.
      const resolved = resolveOnPath(context.command, context.env.PATH);
      const sibling = resolved === null ? null : join(dirname(resolved), 'python3');
      const python = sibling !== null && existsSync(sibling) ? sibling : 'python3';
      const text = await run(python, ['-c', 'import importlib.metadata as m, sys; print(m.version(sys.argv[1]))', source.dist], context.env);
      version = cleanVersion(text?.trim().split('\n')[0] ?? '');
      if (version !== null && !/^\d/.test(version)) version = null;
    }
    if (version !== null) return version;
  }
  return null;
}
