#!/usr/bin/env node
// `npm run demo`: the whole benchmark on this machine's CPU. Builds (or reuses) llama.cpp's llama-server
// with scripts/build-llama-server.mjs, then runs the built CLI on configs/demo/host.yaml: 50 XSum rows
// that ship with the repository, served by a tiny model from test/fixtures/models. Prints the seed's
// lines (TTFT:, Throughput:, Tps:, Time:, ...) and writes the run folder under log/llamacpp/.
// Processes are spawned with argument arrays, never through a shell.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const ignore = () => {};
const say = (line) => process.stderr.write(`[demo] ${line}\n`);

/** Runs a child with inherited stdin/stderr; resolves its exit code and (optionally) its stdout text. */
function runChild(args, { captureStdout = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', captureStdout ? 'pipe' : 'inherit', 'inherit'] });
    let stdout = '';
    // Build output (cmake, the compiler) goes to stderr here so that stdout keeps only the results.
    child.stdout?.on('data', (chunk) => {
      stdout += chunk.toString();
      process.stderr.write(chunk);
    });
    // Ctrl-C reaches the child through the terminal's process group (this script just waits for it); a
    // SIGTERM sent to this script alone is passed on, so infergate can stop its engine and write partial
    // results.
    const forward = (signal) => child.kill(signal);
    process.on('SIGTERM', forward);
    process.on('SIGINT', ignore);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      process.off('SIGTERM', forward);
      process.off('SIGINT', ignore);
      resolve({ code: code ?? (signal ? 128 : 1), stdout });
    });
  });
}

/** A port nothing listens on right now (the OS picks it), so the demo never collides with port 8000. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

say('preparing llama-server (llama.cpp, CPU build). The first time this compiles it from the source that');
say('node-llama-cpp ships: about 15-20 minutes on 2 cores, needs git, cmake and a C++ compiler');
say('(Debian/Ubuntu: apt-get install git cmake g++). Later runs reuse the cached binary.');
const started = Date.now();
const build = await runChild([join(root, 'scripts', 'build-llama-server.mjs')], { captureStdout: true });
const binary = build.stdout.trim().split('\n').at(-1)?.trim() ?? '';
if (build.code !== 0 || !binary || !existsSync(binary)) {
  say('could not build llama-server (see the messages above); check that git, cmake and g++ are installed.');
  process.exit(build.code === 0 ? 1 : build.code);
}
say(`llama-server: ${binary} (ready after ${((Date.now() - started) / 1000).toFixed(1)} s)`);

const cli = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) {
  say('dist/cli/index.js is missing: building it (node scripts/build-dist.mjs cli)');
  const dist = await runChild([join(root, 'scripts', 'build-dist.mjs'), 'cli']);
  if (dist.code !== 0) process.exit(dist.code);
}

const port = await freePort();
say(`running the benchmark: configs/demo/host.yaml, 50 XSum rows, llama-server on 127.0.0.1:${port}`);
const run = await runChild([
  cli, 'run', '--host', join('configs', 'demo', 'host.yaml'),
  '--set', `engine_options.binary=${binary}`,
  '--set', `engine_options.port=${port}`,
]);
process.exit(run.code);
