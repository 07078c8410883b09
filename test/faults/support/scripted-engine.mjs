#!/usr/bin/env node
// A launched engine for the fault matrix: the scripted OpenAI-compatible server (test/support/scripted-
// server.ts) in its own process, started by infergate like `vllm serve <model> --host H --port P ...`.
// What each request gets is scripted by `[[...]]` directives inside the data rows (faults included), so the
// readiness probe is served normally and only the chosen rows misbehave. Flags of its own (pass them with
// engine_options.extra_args): --ttft MS, --itl MS, --tokens N. Every other flag is ignored, as the fake
// engine does. SIGTERM closes the server and exits 0; FAULT_ENGINE_IGNORE_SIGTERM=1 ignores it. It logs
// "N streams have each written 2 tokens" as streams get going (an event for mid-stream faults).
// FAULT_ENGINE_PRINT_ENV=NAME prints NAME=<value> first, as engines that dump their environment do, and
// FAULT_ENGINE_EXIT=1 then exits with code 1 before serving (so the line lands in an error's log tail).
// FAULT_ENGINE_PRINT_ARGS=1 prints its arguments first, as vLLM prints its parsed arguments.
import { register } from 'tsx/esm/api';

if (process.env.FAULT_ENGINE_PRINT_ARGS === '1') console.log(`arguments: ${process.argv.slice(2).join(' ')}`);

if (process.env.FAULT_ENGINE_PRINT_ENV) {
  const name = process.env.FAULT_ENGINE_PRINT_ENV;
  console.log(`environment: ${name}=${process.env[name] ?? ''}`);
  if (process.env.FAULT_ENGINE_EXIT === '1') {
    console.error(`error: could not log in with ${name}=${process.env[name] ?? ''}`);
    process.exit(1);
  }
}

register();
const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
};
const number = (name) => (arg(name) === undefined ? undefined : Number(arg(name)));
const { startScriptedServer } = await import('../../support/scripted-server.ts');
const server = await startScriptedServer({
  shape: 'vllm',
  model: arg('--served-model-name', 'scripted'),
  host: arg('--host', '127.0.0.1'),
  port: Number(arg('--port', '8000')),
  defaults: { ttft_ms: number('--ttft'), itl_ms: number('--itl'), tokens: number('--tokens') },
  // Kept so the engine can say when streams are flowing (below); the fault cases send a handful.
  record: true,
});
console.log(`scripted-engine: pid=${process.pid} listening on ${server.url}`);
// An event for tests that act mid-stream: "N streams have each written 2 tokens" (N = 1, 2, ...), so a
// signal is sent once every request has text that infergate must keep.
let flowing = 0;
const watch = setInterval(() => {
  const now = server.emissions.filter((e) => e.text_epoch_ms.length >= 2).length;
  if (now > flowing) console.log(`scripted-engine: ${(flowing = now)} streams have each written 2 tokens`);
}, 20);
watch.unref();
if (process.env.FAULT_ENGINE_IGNORE_SIGTERM === '1') {
  process.on('SIGTERM', () => console.log('scripted-engine: ignoring SIGTERM'));
} else {
  process.on('SIGTERM', () => {
    console.log('scripted-engine: SIGTERM, shutting down');
    void server.close().then(() => process.exit(0));
  });
}
