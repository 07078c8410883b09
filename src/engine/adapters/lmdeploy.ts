import type { EngineAdapter } from '../engine-adapter.js';
import { OPENAI_QUIRKS } from '../engine-adapter.js';
import { flag, launch, servedName, tensorParallel } from './common-args.js';

/** `lmdeploy serve api_server`; memoryFraction maps to the KV cache share (--cache-max-entry-count). */
export const lmdeployAdapter: EngineAdapter = {
  name: 'lmdeploy',
  launchCommand: (settings) => launch(settings, 'lmdeploy', [
    'serve', 'api_server', settings.modelPath,
    '--model-name', settings.servedModelName,
    '--server-name', settings.host,
    '--server-port', String(settings.port),
    '--tp', String(tensorParallel(settings)),
    ...flag('--dtype', settings.dtype),
    ...flag('--session-len', settings.maxModelLen),
    ...flag('--cache-max-entry-count', settings.memoryFraction),
  ]),
  readiness: { healthPaths: ['/health', '/v1/models'], probe: 'chat' },
  // Streams carry no usage unless asked; its minimum-length switch has its own name.
  quirks: { ...OPENAI_QUIRKS, ignoreEosField: 'ignore_eos', minTokensField: 'min_new_tokens', streamUsage: 'ask' },
  version: [{ kind: 'python-dist', dist: 'lmdeploy' }],
  metricsPath: null,
  requestModel: servedName,
};
