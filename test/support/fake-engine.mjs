#!/usr/bin/env node
// A stand-in engine for tests: a real child process with an OpenAI-compatible HTTP server whose
// behaviour is chosen by FAKE_ENGINE_MODE (or --mode):
//   ready                (default) becomes healthy after FAKE_ENGINE_STARTUP_MS and answers requests
//   never-ready          listens but /health stays 503
//   exit-during-startup  logs a few lines, then exits with code 3 after FAKE_ENGINE_STARTUP_MS
//   die-mid-run          healthy, then SIGKILLs itself in the middle of request number FAKE_ENGINE_DIE_AFTER
//   refuse-probe         healthy, but every completion request is a 404 (unknown model)
// FAKE_ENGINE_CHILD=1 also starts a grandchild in the same process group (printing "grandchild pid N");
// FAKE_ENGINE_SETSID_WORKER=1 starts a worker in a session of its own (setsid: outside the group, as Ray
// workers are; "setsid worker pid N"); FAKE_ENGINE_DAEMON_WORKER=1 starts one that double-forks away, its
// parent exiting at once, so it is re-parented to init ("daemon worker pid N"); FAKE_ENGINE_WORKER_IGNORE_
// SIGTERM=1 makes both ignore SIGTERM. Every SIGTERM is logged as "fake-engine: SIGTERM #n"; with
// FAKE_ENGINE_TERM_DELAY_MS it exits that long after the first, so a second one would show in the log.
// FAKE_ENGINE_IGNORE_SIGTERM=1 ignores SIGTERM so only SIGKILL ends it.
// FAKE_ENGINE_PRINT_ENV=1 logs its variables' names.
// Accepts every adapter's host, port and model-name flags (anything else is ignored), so each adapter can
// launch it through settings.binary.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';

const argv = process.argv.slice(2);
if (argv.includes('--version')) {
  process.stderr.write('version: 4242 (abc1234)\nbuilt with fake-cc for tests\n');
  process.exit(0);
}
function arg(name, fallback) {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
}
const mode = arg('--mode', process.env.FAKE_ENGINE_MODE ?? 'ready');
// Each engine spells these differently; the fake understands every adapter's spelling.
const host = arg('--host', arg('--hostname', arg('--server-name', '127.0.0.1')));
const port = Number(arg('--port', arg('--server-port', process.env.FAKE_ENGINE_PORT ?? '8000')));
// Without a name flag (TGI, transformers serve, MindIE) any model name is accepted.
const alias = arg('--alias', arg('--served-model-name', arg('--model-name', arg('--served_model_name', undefined))));
const startupMs = Number(process.env.FAKE_ENGINE_STARTUP_MS ?? '200');
const dieAfter = Number(process.env.FAKE_ENGINE_DIE_AFTER ?? '3');
// FAKE_ENGINE_TOKEN_MS: time between streamed tokens (2 ms unless set), to keep requests in flight.
const tokenMs = Number(process.env.FAKE_ENGINE_TOKEN_MS ?? '2');

let terms = 0;
process.on('SIGTERM', () => {
  terms += 1;
  console.log(`fake-engine: SIGTERM #${terms}`);
  if (process.env.FAKE_ENGINE_IGNORE_SIGTERM === '1') return console.log('fake-engine: ignoring SIGTERM');
  if (terms > 1) return;
  console.log('fake-engine: SIGTERM, shutting down');
  setTimeout(() => process.exit(0), Number(process.env.FAKE_ENGINE_TERM_DELAY_MS ?? '0'));
});
// Printed once SIGTERM is handled: tests send signals only after this line.
console.log(`fake-engine: mode=${mode} pid=${process.pid} listening on ${host}:${port}`);
// FAKE_ENGINE_PRINT_ENV=1: the names of the variables it was started with, as one JSON line (security tests).
if (process.env.FAKE_ENGINE_PRINT_ENV === '1') console.log(`environment names: ${JSON.stringify(Object.keys(process.env).sort())}`);
// A worker that idles until a signal; it prints its pid through the engine's inherited stdout.
const WORKER = `process.on('SIGTERM', () => { if (process.env.FAKE_ENGINE_WORKER_IGNORE_SIGTERM !== '1') process.exit(0); }); setInterval(() => {}, 1000);`;
if (process.env.FAKE_ENGINE_SETSID_WORKER === '1') {
  const worker = spawn(process.execPath, ['-e', WORKER], { stdio: 'ignore', detached: true });
  console.log(`setsid worker pid ${worker.pid}`);
}
if (process.env.FAKE_ENGINE_DAEMON_WORKER === '1') {
  const DAEMON = `const { spawn } = require('node:child_process'); const w = spawn(process.execPath, ['-e', ${JSON.stringify(WORKER)}], { stdio: 'ignore', detached: true }); console.log('daemon worker pid ' + w.pid); process.exit(0);`;
  spawn(process.execPath, ['-e', DAEMON], { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
}
if (process.env.FAKE_ENGINE_CHILD === '1') {
  // It inherits stdout and stderr, as a real engine's workers do, so the pipes outlive the engine's own exit.
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'inherit' });
  console.log(`grandchild pid ${child.pid}`);
}

if (mode === 'exit-during-startup') {
  console.log('loading model weights');
  // FAKE_ENGINE_LOG_LINES: a long log before dying, to check that only its tail is quoted.
  for (let i = 1; i <= Number(process.env.FAKE_ENGINE_LOG_LINES ?? '0'); i += 1) console.log(`log line ${i}`);
  setTimeout(() => {
    console.error('error: CUDA out of memory (fake)');
    if (process.env.FAKE_ENGINE_STAMP_EXIT === '1') console.error(`exiting at ${Date.now()}`);
    process.exit(3);
  }, startupMs);
}

let healthy = false;
if (mode !== 'never-ready' && mode !== 'exit-during-startup') setTimeout(() => (healthy = true), startupMs);
let requests = 0;

function readBody(req) {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });
}

function json(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const server = createServer(async (req, res) => {
  if (req.method === 'GET' && req.url === '/health') return json(res, healthy ? 200 : 503, { status: healthy ? 'ok' : 'loading' });
  if (req.method === 'GET' && req.url === '/version') return json(res, 200, { version: 'fake-1.0' });
  if (req.method === 'GET' && req.url === '/v1/models') return json(res, 200, { object: 'list', data: [{ id: alias ?? 'any', object: 'model' }] });
  if (req.method === 'GET' && req.url === '/metrics') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    return res.end(`# TYPE fake_requests_total counter\nfake_requests_total ${requests}\n`);
  }
  if (req.method === 'POST' && (req.url === '/v1/chat/completions' || req.url === '/v1/completions')) {
    const body = JSON.parse((await readBody(req)) || '{}');
    if (!healthy) return json(res, 503, { error: 'loading' });
    if (mode === 'refuse-probe' || (alias !== undefined && body.model !== alias)) return json(res, 404, { error: { message: `model ${body.model} not found` } });
    requests += 1;
    const n = Math.max(1, Number(body.max_tokens ?? 16));
    const chat = req.url === '/v1/chat/completions';
    console.log(`request ${requests}: ${chat ? 'chat' : 'completion'} max_tokens=${n} stream=${Boolean(body.stream)}`);
    const usage = { prompt_tokens: 5, completion_tokens: n, total_tokens: 5 + n };
    if (!body.stream) {
      const text = Array.from({ length: n }, (_, i) => `t${i}`).join(' ');
      const choice = chat ? { index: 0, message: { role: 'assistant', content: text }, finish_reason: 'length' } : { index: 0, text, finish_reason: 'length' };
      return json(res, 200, { id: 'x', object: chat ? 'chat.completion' : 'text_completion', choices: [choice], usage });
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    for (let i = 0; i < n; i += 1) {
      if (mode === 'die-mid-run' && requests >= dieAfter && i === Math.floor(n / 2)) {
        console.error('fake-engine: dying mid-run');
        process.kill(process.pid, 'SIGKILL');
      }
      const choice = chat ? { index: 0, delta: { content: `t${i} ` }, finish_reason: i === n - 1 ? 'length' : null } : { index: 0, text: `t${i} `, finish_reason: i === n - 1 ? 'length' : null };
      res.write(`data: ${JSON.stringify({ id: 'x', choices: [choice] })}\n\n`);
      await new Promise((r) => setTimeout(r, tokenMs));
    }
    if (body.stream_options?.include_usage) res.write(`data: ${JSON.stringify({ id: 'x', choices: [], usage })}\n\n`);
    res.end('data: [DONE]\n\n');
    return;
  }
  json(res, 404, { error: 'not found' });
});
server.listen(port, host);
