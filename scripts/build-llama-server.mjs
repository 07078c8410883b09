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
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { llamaServerCachePath } from './llama-server-cache.mjs';

function fail(message) {
  process.stderr.write(`build-llama-server: ${message}\n`);
  process.exit(1);
}

// Every step's output goes to one log file; the console gets one progress line (the compiler's
// percentage), and the log's tail only when a step fails.
let log;
let shownPercent = -1;

function showProgress(percent) {
  if (percent === shownPercent) return;
  shownPercent = percent;
  if (process.stderr.isTTY) process.stderr.write(`\rbuild-llama-server: compiling ${percent}%`);
  else if (percent % 10 === 0) process.stderr.write(`build-llama-server: compiling ${percent}%\n`);
}

function logTail(lines) {
  return readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function run(command, args, options = {}) {
  writeSync(log, `+ ${command} ${args.join(' ')}\n`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const onData = (chunk) => {
      writeSync(log, chunk);
      for (const match of chunk.toString('utf8').matchAll(/^\[\s*(\d+)%\]/gm)) showProgress(Number(match[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => fail(`${command} could not start (${error.code ?? error.message}); it is needed to build llama-server`));
    child.on('close', (code) => {
      if (code === 0) return resolve();
      if (process.stderr.isTTY && shownPercent >= 0) process.stderr.write('\n');
      fail(`${command} ${args[0]} exited with code ${code}; the last lines of ${logPath}:\n${logTail(30)}`);
    });
  });
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
// Beside the work folder, so that it outlives a failed or finished build.
const logPath = `${cacheDir}.build.log`;
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
log = openSync(logPath, 'w');
process.stderr.write(`build-llama-server: building llama-server (15-20 minutes on 2 cores the first time); full log in ${logPath}\n`);
// npm on Windows is npm.cmd; this project's runners are Linux, where it is npm.
await run('npm', ['pack', `${source.package}@${source.version}`, '--pack-destination', work, '--silent']);
const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
if (!tarball) fail(`npm pack left no tarball in ${work}`);
await run('tar', ['-xzf', join(work, tarball), '-C', work, 'package/llama/gitRelease.bundle']);
const bundle = join(work, 'package', 'llama', 'gitRelease.bundle');
const src = join(work, 'src');
// The bundle's HEAD is detached: git's advice about it is noise here.
await run('git', ['-c', 'advice.detachedHead=false', 'clone', '--quiet', bundle, src]);
const build = join(work, 'build');
await run('cmake', [
  '-S', src, '-B', build,
  '-DCMAKE_BUILD_TYPE=Release',
  // Without these three the configure step tries to download the web UI and OpenSSL.
  '-DLLAMA_USE_PREBUILT_UI=OFF', '-DLLAMA_BUILD_UI=OFF', '-DLLAMA_OPENSSL=OFF', '-DLLAMA_CURL=OFF',
  '-DGGML_NATIVE=OFF', '-DBUILD_SHARED_LIBS=OFF',
  '-DLLAMA_BUILD_TESTS=OFF', '-DLLAMA_BUILD_EXAMPLES=OFF',
  // ccache is rarely installed on runners, and the build only warns about it.
  '-DGGML_CCACHE=OFF',
]);
await run('cmake', ['--build', build, '--target', 'llama-server', '--config', 'Release', '-j', String(Math.max(1, cpus().length))]);
const built = join(build, 'bin', 'llama-server');
if (!existsSync(built)) fail(`the build finished but ${built} is missing`);
mkdirSync(cacheDir, { recursive: true });
copyFileSync(built, `${binary}.tmp`);
chmodSync(`${binary}.tmp`, 0o755);
renameSync(`${binary}.tmp`, binary);
rmSync(work, { recursive: true, force: true });
closeSync(log);
if (process.stderr.isTTY && shownPercent >= 0) process.stderr.write('\n');
process.stderr.write(`build-llama-server: built ${binary}\n`);
process.stdout.write(`${binary}\n`);
