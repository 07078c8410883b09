import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * No shell anywhere in the product: processes are spawned with argument arrays (spawn, execFile), so no
 * configuration value, model name or file name is ever parsed by a shell. This scans every source file.
 */
const SRC = fileURLToPath(new URL('../../src', import.meta.url));

const FORBIDDEN: Array<[string, RegExp]> = [
  // `exec(` but not a RegExp's `.exec(`; any execSync; exec imported from child_process.
  ['exec()/execSync() run a command line through a shell', /(?<![.\w$])exec\s*\(|child_process\.exec\s*\(|\bexecSync\b|\{[^}]*\bexec\b[^}]*\}\s*from\s*['"](?:node:)?child_process['"]/],
  ['shell: true hands the command to a shell', /\bshell\s*:\s*(?!false\b)[^,}\s]|[{,]\s*shell\s*[,}]/],
  ['eval / new Function run text as code', /\beval\s*\(|\bnew\s+Function\s*\(/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs|cjs)$/.test(entry.name) ? [path] : [];
  });
}

function findings(text: string): string[] {
  // Comments may talk about exec and shells; only code counts.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return FORBIDDEN.filter(([, pattern]) => pattern.test(code)).map(([why]) => why);
}

describe('no shell in src/', () => {
  it('the scan catches what it looks for', () => {
    expect(findings("import { exec } from 'node:child_process';")).toHaveLength(1);
    expect(findings("child_process.execSync('ls')")).toHaveLength(1);
    expect(findings("spawn('vllm', args, { shell: true })")).toHaveLength(1);
    expect(findings("spawn(cmd, args, { detached: true, shell })")).toHaveLength(1);
    expect(findings('eval(text)')).toHaveLength(1);
    expect(findings("execFile('nvidia-smi', ['--query-gpu=name'], cb); spawn(c, a, { shell: false }); // exec(x)")).toEqual([]);
  });

  it('no source file runs a shell', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const bad = files.flatMap((file) => findings(readFileSync(file, 'utf8')).map((why) => `${relative(SRC, file)}: ${why}`));
    expect(bad).toEqual([]);
  });

  it('child processes are started only where expected, with spawn or execFile', () => {
    const users = sourceFiles(SRC).filter((file) => /['"](?:node:)?child_process['"]/.test(readFileSync(file, 'utf8'))).map((file) => relative(SRC, file)).sort();
    expect(users).toEqual(['engine/engine-version.ts', 'engine/supervisor.ts', 'engine/telemetry/telemetry-sampler.ts', 'github/git.ts']);
  });
});
