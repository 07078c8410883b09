import type { EngineAdapter } from '../engine-adapter.js';
import { OPENAI_QUIRKS } from '../engine-adapter.js';
import type { EngineSettings } from '../engine-settings.js';
import { deviceEnv, flag, launch, servedName, tensorParallel } from './common-args.js';

/**
 * `vllm serve`. Multi-node runs use vLLM's own Ray executor: the user starts the Ray cluster, infergate
 * only passes the parallel sizes and RAY_ADDRESS (docs/engines.md, "vLLM across nodes").
 */
/** vLLM's own arguments (launch() appends the user's extra_args). */
export function vllmArgs(settings: EngineSettings): string[] {
  const ray = settings.ray;
  return [
    'serve',
    settings.modelPath,
    '--served-model-name', settings.servedModelName,
    '--host', settings.host,
    '--port', String(settings.port),
    '--tensor-parallel-size', String(ray?.tensorParallelSize ?? tensorParallel(settings)),
    ...flag('--pipeline-parallel-size', ray?.pipelineParallelSize),
    ...(ray ? ['--distributed-executor-backend', 'ray'] : []),
    ...flag('--dtype', settings.dtype),
    ...flag('--max-model-len', settings.maxModelLen),
    ...flag('--gpu-memory-utilization', settings.memoryFraction),
  ];
}

export function rayEnv(settings: EngineSettings): Record<string, string> {
  return settings.ray?.address !== undefined ? { RAY_ADDRESS: settings.ray.address } : {};
}

export const vllmAdapter: EngineAdapter = {
  name: 'vllm',
  launchCommand: (settings) => launch(settings, 'vllm', vllmArgs(settings), { ...rayEnv(settings), ...deviceEnv('CUDA_VISIBLE_DEVICES', settings) }),
  readiness: { healthPaths: ['/health'], probe: 'chat' },
  quirks: { ...OPENAI_QUIRKS, ignoreEosField: 'ignore_eos', minTokensField: 'min_tokens' },
  version: [
    { kind: 'http', path: '/version', field: 'version' },
    { kind: 'python-dist', dist: 'vllm' },
  ],
  metricsPath: '/metrics',
  requestModel: servedName,
  // GET /v1/models carries max_model_len; POST /tokenize counts a chat prompt with its template applied.
  limits: 'openai-models',
  tokenCounter: 'vllm',
};
