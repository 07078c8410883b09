#!/usr/bin/env node
// Fails when the committed dist/ differs from a fresh build of src/ (the action runs from dist/).
// Builds into a temporary copy of the tree so the working copy is never touched, then compares bytes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const scratch = mkdtempSync(join(tmpdir(), 'infergate-dist-'));
try {
  for (const name of ['src', 'scripts', 'package.json', 'tsconfig.json', 'configs']) {
    if (existsSync(join(root, name))) cpSync(join(root, name), join(scratch, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
  const build = spawnSync(process.execPath, ['scripts/build-dist.mjs'], { cwd: scratch, stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write('check-dist: the build failed\n');
    process.exit(1);
  }
  const list = (dir) => (existsSync(dir) ? walk(dir).map((f) => relative(dir, f)).sort() : []);
  const committed = list(join(root, 'dist'));
  const fresh = list(join(scratch, 'dist'));
  const problems = [];
  for (const f of new Set([...committed, ...fresh])) {
    if (!committed.includes(f)) problems.push(`dist/${f} is missing`);
    else if (!fresh.includes(f)) problems.push(`dist/${f} is no longer produced`);
    else if (!readFileSync(join(root, 'dist', f)).equals(readFileSync(join(scratch, 'dist', f)))) problems.push(`dist/${f} differs from a fresh build`);
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
