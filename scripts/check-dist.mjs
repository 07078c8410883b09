#!/usr/bin/env node
// Fails when the committed dist/ differs from a fresh build of src/ (the action runs from dist/).
// Usage: check-dist.mjs [--dist DIR] [ENTRY ...]. Builds from this repository into a temporary folder
// (never touching dist/) and compares bytes with DIR (default dist/); ENTRY limits it to some bundles.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let committedDir = join(root, 'dist');
const entries = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--dist') committedDir = resolve(args[++i]);
  else entries.push(args[i]);
}
const scratch = mkdtempSync(join(tmpdir(), 'infergate-dist-'));
try {
  const build = spawnSync(process.execPath, ['scripts/build-dist.mjs', '--out-dir', scratch, ...entries], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write('check-dist: the build failed\n');
    process.exit(1);
  }
  const inScope = (file) => entries.length === 0 || entries.includes(file.split('/')[0]);
  const list = (dir) => (existsSync(dir) ? walk(dir).map((f) => relative(dir, f)).filter(inScope).sort() : []);
  const committed = list(committedDir);
  const fresh = list(scratch);
  const problems = [];
  for (const f of new Set([...committed, ...fresh])) {
    if (!committed.includes(f)) problems.push(`dist/${f} is missing`);
    else if (!fresh.includes(f)) problems.push(`dist/${f} is no longer produced`);
    else if (!readFileSync(join(committedDir, f)).equals(readFileSync(join(scratch, f)))) problems.push(`dist/${f} differs from a fresh build`);
  }
  if (problems.length > 0) {
    process.stderr.write(`check-dist: dist/ is stale — run \`npm run build\` and commit dist/:\n  ${problems.slice(0, 20).join('\n  ')}\n`);
    process.exit(1);
  }
  process.stdout.write(`check-dist: dist/ matches a fresh build (${fresh.length} files)\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
