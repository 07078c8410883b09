import type { EngineAdapter } from '../engine-adapter.js';
import { deviceEnv, launch } from './common-args.js';
import { rayEnv, vllmAdapter, vllmArgs } from './vllm.js';

/** vLLM with the vllm-ascend plugin on Huawei Ascend NPUs: same CLI and API, NPU device variable. */
export const vllmAscendAdapter: EngineAdapter = {
  ...vllmAdapter,
  name: 'vllm-ascend',
  launchCommand: (settings) => launch(settings, 'vllm', vllmArgs(settings), { ...rayEnv(settings), ...deviceEnv('ASCEND_RT_VISIBLE_DEVICES', settings) }),
  version: [
    // The plugin's version says more than vLLM's own on this platform.
    { kind: 'python-dist', dist: 'vllm_ascend' },
    { kind: 'http', path: '/version', field: 'version' },
  ],
};
