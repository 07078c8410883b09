import type { EngineAdapter } from '../engine-adapter.js';
import { OPENAI_QUIRKS } from '../engine-adapter.js';
import { flag, launch, servedName } from './common-args.js';

/**
 * llama.cpp's `llama-server` (scripts/build-llama-server.mjs builds it for CPU). The dtype is the GGUF's
 * own; gpuNums > 0 offloads every layer. `--jinja` makes it render the GGUF's embedded chat template (the
 * default in recent builds, explicit so an older build does not fall back to ChatML).
 */
export const llamacppAdapter: EngineAdapter = {
  name: 'llamacpp',
  launchCommand: (settings) => launch(settings, 'llama-server', [
    '--model', settings.modelPath,
    '--alias', settings.servedModelName,
    '--host', settings.host,
    '--port', String(settings.port),
    ...flag('--ctx-size', settings.maxModelLen),
    '--n-gpu-layers', settings.gpuNums > 0 ? '999' : '0',
    '--jinja',
    '--metrics',
  ]),
  // /health answers 503 while the model loads, 200 once it can serve.
  readiness: { healthPaths: ['/health'], probe: 'chat' },
  quirks: {
    ...OPENAI_QUIRKS,
    // Without this it reuses the KV cache of an earlier request with the same prefix, which flatters TTFT.
    extraBody: { cache_prompt: false },
    ignoreEosField: 'ignore_eos',
    streamUsage: 'ask',
    // Chat streams put usage on a separate last chunk; /v1/completions puts it on the finish chunk.
    usageChunk: 'either',
  },
  version: [
    { kind: 'command', args: ['--version'], pattern: /^version:\s*(.+?)\s*$/m },
    { kind: 'http', path: '/props', field: 'build_info' },
  ],
  metricsPath: '/metrics',
  requestModel: servedName,
  // GET /props: one slot's n_ctx and the slot count; POST /apply-template + /tokenize count a chat prompt.
  limits: 'llamacpp-props',
  tokenCounter: 'llamacpp',
};
