import type { EngineAdapter } from '../engine-adapter.js';
import { OPENAI_QUIRKS } from '../engine-adapter.js';
import { flag, launch, servedName, tensorParallel } from './common-args.js';

/** Hugging Face Text Generation Inference's launcher (it starts the router and the shards). */
export const tgiAdapter: EngineAdapter = {
  name: 'tgi',
  launchCommand: (settings) => launch(settings, 'text-generation-launcher', [
    '--model-id', settings.modelPath,
    '--hostname', settings.host,
    '--port', String(settings.port),
    '--num-shard', String(tensorParallel(settings)),
    ...flag('--dtype', settings.dtype),
    ...flag('--max-total-tokens', settings.maxModelLen),
    ...flag('--cuda-memory-fraction', settings.memoryFraction),
  ]),
  readiness: { healthPaths: ['/health'], probe: 'chat' },
  // No ignore_eos or min_tokens in TGI's OpenAI route; usage comes on the final chunk.
  quirks: { ...OPENAI_QUIRKS, usageChunk: 'either' },
  version: [
    { kind: 'http', path: '/info', field: 'version' },
    { kind: 'command', args: ['--version'], pattern: /text-generation-launcher\s+(\S+)/ },
  ],
  metricsPath: '/metrics',
  // TGI serves one model and ignores the name; it is sent for OpenAI clients that require one.
  requestModel: servedName,
  // GET /info carries max_total_tokens and max_input_tokens.
  limits: 'tgi-info',
};
