#!/usr/bin/env node
// Bundles each entry (action main, action post, CLI) with @vercel/ncc into dist/<entry>/index.js.
// Spawned with argument arrays; ncc's output is ESM because package.json says "type": "module".
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const entries = [
  ['src/main.ts', 'dist/main'],
  ['src/post.ts', 'dist/post'],
  ['src/cli.ts', 'dist/cli'],
];
const only = process.argv.slice(2);
for (const [entry, out] of entries) {
  if (only.length > 0 && !only.includes(out.slice('dist/'.length))) continue;
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--quiet', '--target', 'es2022', '--license', 'licenses.txt'], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`build: ncc failed for ${entry}\n`);
    process.exit(result.status ?? 1);
  }
}
