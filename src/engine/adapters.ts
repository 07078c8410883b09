import type { EngineAdapter } from './engine-adapter.js';
import type { EngineName } from './engine-settings.js';
import { externalAdapter } from './adapters/external.js';
import { huggingfaceAdapter } from './adapters/huggingface.js';
import { llamacppAdapter } from './adapters/llamacpp.js';
import { lmdeployAdapter } from './adapters/lmdeploy.js';
import { mindieAdapter } from './adapters/mindie.js';
import { sglangAdapter } from './adapters/sglang.js';
import { tgiAdapter } from './adapters/tgi.js';
import { trtllmAdapter } from './adapters/trtllm.js';
import { vllmAscendAdapter } from './adapters/vllm-ascend.js';
import { vllmAdapter } from './adapters/vllm.js';

const ADAPTERS: Record<EngineName, EngineAdapter> = {
  vllm: vllmAdapter,
  sglang: sglangAdapter,
  tgi: tgiAdapter,
  huggingface: huggingfaceAdapter,
  trtllm: trtllmAdapter,
  lmdeploy: lmdeployAdapter,
  llamacpp: llamacppAdapter,
  mindie: mindieAdapter,
  'vllm-ascend': vllmAscendAdapter,
  external: externalAdapter,
};

export function adapterFor(name: EngineName): EngineAdapter {
  return ADAPTERS[name];
}
