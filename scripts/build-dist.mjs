#!/usr/bin/env node
// Bundles each entry (action main, action post, CLI, and the load thread the other three start for
// load.client_threads ≥ 2: src/load/threads/thread-entry.ts finds it at ../load-thread/index.js) with
// @vercel/ncc into <out>/<entry>/index.js.
// Usage: build-dist.mjs [--out-dir DIR] [ENTRY ...]; ENTRY is main, post, cli or load-thread (default: all), DIR dist.
// Spawned with argument arrays; ncc's output is ESM because package.json says "type": "module".
// Run from the repository root: ncc names modules by their path relative to it, so the same tree gives
// the same bytes wherever it is checked out.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const entries = { main: 'src/main.ts', post: 'src/post.ts', cli: 'src/cli.ts', 'load-thread': 'src/load/threads/load-thread-main.ts' };
const args = process.argv.slice(2);
let outDir = 'dist';
const only = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out-dir') outDir = args[++i];
  else only.push(args[i]);
}
for (const [name, entry] of Object.entries(entries)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const out = join(outDir, name);
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--quiet', '--target', 'es2022', '--license', 'licenses.txt'], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`build: ncc failed for ${entry}\n`);
    process.exit(result.status ?? 1);
  }
}
