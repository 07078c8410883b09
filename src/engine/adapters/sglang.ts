import type { EngineAdapter } from '../engine-adapter.js';
import { OPENAI_QUIRKS } from '../engine-adapter.js';
import { flag, launch, servedName, tensorParallel } from './common-args.js';

/** SGLang's server is a Python module; settings.binary, when given, is the interpreter. */
export const sglangAdapter: EngineAdapter = {
  name: 'sglang',
  launchCommand: (settings) => launch(settings, 'python3', [
    '-m', 'sglang.launch_server',
    '--model-path', settings.modelPath,
    '--served-model-name', settings.servedModelName,
    '--host', settings.host,
    '--port', String(settings.port),
    '--tp-size', String(tensorParallel(settings)),
    ...flag('--dtype', settings.dtype),
    ...flag('--context-length', settings.maxModelLen),
    ...flag('--mem-fraction-static', settings.memoryFraction),
    // Prometheus metrics are off unless asked for.
    '--enable-metrics',
  ]),
  readiness: { healthPaths: ['/health'], probe: 'chat' },
  // Streams carry no usage unless stream_options.include_usage is sent.
  quirks: { ...OPENAI_QUIRKS, ignoreEosField: 'ignore_eos', minTokensField: 'min_tokens', streamUsage: 'ask' },
  version: [
    { kind: 'http', path: '/get_server_info', field: 'version' },
    { kind: 'python-dist', dist: 'sglang' },
  ],
  metricsPath: '/metrics',
  requestModel: servedName,
  // GET /v1/models carries max_model_len.
  limits: 'openai-models',
};
