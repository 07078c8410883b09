import type { EngineAdapter } from '../engine-adapter.js';
import { OPENAI_QUIRKS } from '../engine-adapter.js';
import { flag, launch, tensorParallel } from './common-args.js';

/**
 * TensorRT-LLM's `trtllm-serve MODEL`. The dtype comes from the checkpoint (no flag). Its /metrics is
 * JSON iteration statistics, not Prometheus text, so no metrics path is declared.
 */
export const trtllmAdapter: EngineAdapter = {
  name: 'trtllm',
  launchCommand: (settings) => launch(settings, 'trtllm-serve', [
    settings.modelPath,
    '--host', settings.host,
    '--port', String(settings.port),
    '--tp_size', String(tensorParallel(settings)),
    ...flag('--max_seq_len', settings.maxModelLen),
    ...flag('--kv_cache_free_gpu_memory_fraction', settings.memoryFraction),
    // Older releases lack --served_model_name; pass it only when the name differs from the path.
    ...(settings.servedModelName !== settings.modelPath ? ['--served_model_name', settings.servedModelName] : []),
  ]),
  readiness: { healthPaths: ['/health'], probe: 'chat' },
  // Pydantic models with extra="forbid": any field outside its schema is a 400.
  quirks: { ...OPENAI_QUIRKS, ignoreEosField: 'ignore_eos', minTokensField: 'min_tokens', rejectsUnknownFields: true },
  version: [
    { kind: 'http', path: '/version', field: 'version' },
    { kind: 'python-dist', dist: 'tensorrt_llm' },
  ],
  metricsPath: null,
  requestModel: (settings) => settings.servedModelName,
};
