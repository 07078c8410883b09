#!/usr/bin/env node
// Builds llama.cpp's `llama-server` from the source that the npm package node-llama-cpp ships as a git
// bundle, and caches the binary outside the repository, keyed by the llama.cpp release it carries.
// Rebuilds only when the cached binary is missing. Prints the binary's path on its last line of stdout.
//
// Why a build and not a download: the machines this runs on reach only the npm registry, and the
// prebuilt binaries node-llama-cpp ships are a Node addon, not the server.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, renameSync, copyFileSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, homedir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function fail(message) {
  process.stderr.write(`build-llama-server: ${message}\n`);
  process.exit(1);
}

function run(command, args, options = {}) {
  process.stderr.write(`+ ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.error) fail(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args[0]} exited with code ${result.status}`);
}

// The package's exports map hides package.json, so climb from its entry point to the package root.
function findPackageDir(name) {
  let dir;
  try {
    dir = dirname(require.resolve(name));
  } catch {
    return undefined;
  }
  while (dir !== dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === name) return dir;
    dir = dirname(dir);
  }
  return undefined;
}
const packageDir = findPackageDir('node-llama-cpp');
if (!packageDir) fail('node-llama-cpp is not installed; run `npm ci` first.');
const llamaDir = join(packageDir, 'llama');
const bundle = join(llamaDir, 'gitRelease.bundle');
if (!existsSync(bundle)) fail(`no git bundle at ${bundle}`);
const info = JSON.parse(readFileSync(join(llamaDir, 'llama.cpp.info.json'), 'utf8'));
const nodeLlamaVersion = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
const key = `${info.tag}-nlc${nodeLlamaVersion}`;

const cacheRoot = process.env.INFERGATE_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'infergate');
const cacheDir = join(cacheRoot, 'llama-server', key);
const binary = join(cacheDir, 'llama-server');

if (existsSync(binary) && !process.argv.includes('--force')) {
  process.stderr.write(`build-llama-server: cached ${binary}\n`);
  process.stdout.write(`${binary}\n`);
  process.exit(0);
}

const work = join(cacheRoot, 'llama-server', `${key}.build`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const source = join(work, 'src');
run('git', ['clone', '--quiet', bundle, source]);
const build = join(work, 'build');
run('cmake', [
  '-S', source, '-B', build,
  '-DCMAKE_BUILD_TYPE=Release',
  '-DLLAMA_USE_PREBUILT_UI=OFF', '-DLLAMA_BUILD_UI=OFF', '-DLLAMA_OPENSSL=OFF', '-DLLAMA_CURL=OFF',
  '-DGGML_NATIVE=OFF', '-DBUILD_SHARED_LIBS=OFF',
  '-DLLAMA_BUILD_TESTS=OFF', '-DLLAMA_BUILD_EXAMPLES=OFF',
]);
run('cmake', ['--build', build, '--target', 'llama-server', '--config', 'Release', '-j', String(Math.max(1, cpus().length))]);
const built = join(build, 'bin', 'llama-server');
if (!existsSync(built)) fail(`the build finished but ${built} is missing`);
mkdirSync(cacheDir, { recursive: true });
copyFileSync(built, `${binary}.tmp`);
chmodSync(`${binary}.tmp`, 0o755);
renameSync(`${binary}.tmp`, binary);
rmSync(work, { recursive: true, force: true });
process.stderr.write(`build-llama-server: built ${binary}\n`);
process.stdout.write(`${binary}\n`);
