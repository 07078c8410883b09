import type { EngineAdapter } from '../engine-adapter.js';
import { OPENAI_QUIRKS } from '../engine-adapter.js';
import { flag, launch } from './common-args.js';

/**
 * `transformers serve` (the seed calls this engine "huggingface"). It loads a model on the first request
 * that names it, so the readiness probe is also the model load; `--model-timeout -1` keeps it resident.
 */
export const huggingfaceAdapter: EngineAdapter = {
  name: 'huggingface',
  launchCommand: (settings) => launch(settings, 'transformers', [
    'serve',
    '--host', settings.host,
    '--port', String(settings.port),
    '--model-timeout', '-1',
    ...flag('--dtype', settings.dtype),
  ]),
  readiness: { healthPaths: ['/health', '/v1/models'], probe: 'chat' },
  // It answers 422 to keys outside the OpenAI schema and to stream_options (listed as unsupported); it
  // sends usage unasked on the chunk that carries finish_reason.
  quirks: { ...OPENAI_QUIRKS, streamUsage: 'always', usageChunk: 'finish', rejectsUnknownFields: true },
  version: [{ kind: 'python-dist', dist: 'transformers' }],
  metricsPath: null,
  // There is no alias: requests name the model by the id or path it is loaded from.
  requestModel: (settings) => settings.modelPath,
};
