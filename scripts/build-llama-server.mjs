#!/usr/bin/env node
// Builds llama.cpp's `llama-server` from the source that the npm package node-llama-cpp ships as a git
// bundle (llama/gitRelease.bundle), and caches the binary outside the repository, keyed by that package's
// version (scripts/llama-server-source.json). Rebuilds only when the cached binary is missing.
// Prints the binary's path on its last line of stdout.
//
// Why a build and not a download: the machines this runs on reach only the npm registry, and the prebuilt
// binaries node-llama-cpp ships are a Node addon, not the server. Why `npm pack` and not a dependency: the
// package's optional per-platform binaries (hundreds of MB, some not published for every platform) would
// make every `npm ci` slower and, where a platform package is missing, fail.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { llamaServerCachePath } from './llama-server-cache.mjs';

function fail(message) {
  process.stderr.write(`build-llama-server: ${message}\n`);
  process.exit(1);
}

function run(command, args, options = {}) {
  process.stderr.write(`+ ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.error) fail(`${command} could not start (${result.error.code ?? result.error.message}); it is needed to build llama-server`);
  if (result.status !== 0) fail(`${command} ${args[0]} exited with code ${result.status}`);
}

const source = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'llama-server-source.json'), 'utf8'));
const binary = llamaServerCachePath();

if (existsSync(binary) && !process.argv.includes('--force')) {
  process.stderr.write(`build-llama-server: cached ${binary}\n`);
  process.stdout.write(`${binary}\n`);
  process.exit(0);
}

const cacheDir = dirname(binary);
const work = `${cacheDir}.build`;
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
// npm on Windows is npm.cmd; this project's runners are Linux, where it is npm.
run('npm', ['pack', `${source.package}@${source.version}`, '--pack-destination', work, '--silent']);
const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
if (!tarball) fail(`npm pack left no tarball in ${work}`);
run('tar', ['-xzf', join(work, tarball), '-C', work, 'package/llama/gitRelease.bundle']);
const bundle = join(work, 'package', 'llama', 'gitRelease.bundle');
const src = join(work, 'src');
run('git', ['clone', '--quiet', bundle, src]);
const build = join(work, 'build');
run('cmake', [
  '-S', src, '-B', build,
  '-DCMAKE_BUILD_TYPE=Release',
  // Without these three the configure step tries to download the web UI and OpenSSL.
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
