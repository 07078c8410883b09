#!/usr/bin/env node
// A launched engine for the fault matrix: the scripted OpenAI-compatible server (test/support/scripted-
// server.ts) in its own process, started by infergate like `vllm serve <model> --host H --port P ...`.
// What each request gets is scripted by `[[...]]` directives inside the data rows (faults included), so the
// readiness probe is served normally and only the chosen rows misbehave. Flags of its own (pass them with
// engine_options.extra_args): --ttft MS, --itl MS, --tokens N. Every other flag is ignored, as the fake
// engine does. SIGTERM closes the server and exits 0; FAULT_ENGINE_IGNORE_SIGTERM=1 ignores it.
import { register } from 'tsx/esm/api';

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
  record: false,
});
console.log(`scripted-engine: pid=${process.pid} listening on ${server.url}`);
if (process.env.FAULT_ENGINE_IGNORE_SIGTERM === '1') {
  process.on('SIGTERM', () => console.log('scripted-engine: ignoring SIGTERM'));
} else {
  process.on('SIGTERM', () => {
    console.log('scripted-engine: SIGTERM, shutting down');
    void server.close().then(() => process.exit(0));
  });
}
