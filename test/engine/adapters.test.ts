import { describe, expect, it } from 'vitest';
import { adapterFor, ENGINE_NAMES, type EngineSettings } from '../../src/engine/index.js';

/** One sample setting, as the config stage would produce it from host.yaml. */
function sample(overrides: Partial<EngineSettings> = {}): EngineSettings {
  return {
    engine: 'vllm',
    modelPath: '/models/Qwen2.5-7B-Instruct',
    servedModelName: 'qwen',
    host: '0.0.0.0',
    port: 8000,
    gpuNums: 2,
    dtype: 'bfloat16',
    maxModelLen: 4096,
    memoryFraction: 0.9,
    extraArgs: ['--seed', '0'],
    env: { HF_HUB_OFFLINE: '1' },
    startupTimeoutS: 1800,
    logDir: '/tmp/run',
    visibleDevices: '0,1',
    ...overrides,
  };
}

function launch(settings: EngineSettings) {
  const command = adapterFor(settings.engine).launchCommand(settings);
  if (command === null) throw new Error('no launch command');
  return command;
}

describe('launch commands pinned from a sample setting', () => {
  it('vllm', () => {
    expect(launch(sample())).toEqual({
      command: 'vllm',
      args: ['serve', '/models/Qwen2.5-7B-Instruct', '--served-model-name', 'qwen', '--host', '0.0.0.0', '--port', '8000',
        '--tensor-parallel-size', '2', '--dtype', 'bfloat16', '--max-model-len', '4096', '--gpu-memory-utilization', '0.9', '--seed', '0'],
      env: { CUDA_VISIBLE_DEVICES: '0,1', HF_HUB_OFFLINE: '1' },
    });
  });

  it('vllm across nodes over Ray', () => {
    const settings = sample({ ray: { address: '10.0.0.1:6379', tensorParallelSize: 8, pipelineParallelSize: 2 }, visibleDevices: undefined, env: {} });
    expect(launch(settings)).toEqual({
      command: 'vllm',
      args: ['serve', '/models/Qwen2.5-7B-Instruct', '--served-model-name', 'qwen', '--host', '0.0.0.0', '--port', '8000',
        '--tensor-parallel-size', '8', '--pipeline-parallel-size', '2', '--distributed-executor-backend', 'ray',
        '--dtype', 'bfloat16', '--max-model-len', '4096', '--gpu-memory-utilization', '0.9', '--seed', '0'],
      env: { RAY_ADDRESS: '10.0.0.1:6379' },
    });
  });

  it('vllm-ascend', () => {
    const command = launch(sample({ engine: 'vllm-ascend' }));
    expect(command.command).toBe('vllm');
    expect(command.args.slice(0, 2)).toEqual(['serve', '/models/Qwen2.5-7B-Instruct']);
    expect(command.env).toEqual({ ASCEND_RT_VISIBLE_DEVICES: '0,1', HF_HUB_OFFLINE: '1' });
  });

  it('sglang', () => {
    expect(launch(sample({ engine: 'sglang' }))).toEqual({
      command: 'python3',
      args: ['-m', 'sglang.launch_server', '--model-path', '/models/Qwen2.5-7B-Instruct', '--served-model-name', 'qwen',
        '--host', '0.0.0.0', '--port', '8000', '--tp-size', '2', '--dtype', 'bfloat16', '--context-length', '4096',
        '--mem-fraction-static', '0.9', '--enable-metrics', '--seed', '0'],
      env: { CUDA_VISIBLE_DEVICES: '0,1', HF_HUB_OFFLINE: '1' },
    });
  });

  it('tgi', () => {
    expect(launch(sample({ engine: 'tgi' }))).toEqual({
      command: 'text-generation-launcher',
      args: ['--model-id', '/models/Qwen2.5-7B-Instruct', '--hostname', '0.0.0.0', '--port', '8000', '--num-shard', '2',
        '--dtype', 'bfloat16', '--max-total-tokens', '4096', '--cuda-memory-fraction', '0.9', '--seed', '0'],
      env: { CUDA_VISIBLE_DEVICES: '0,1', HF_HUB_OFFLINE: '1' },
    });
  });

  it('huggingface (transformers serve)', () => {
    const settings = sample({ engine: 'huggingface' });
    expect(launch(settings)).toEqual({
      command: 'transformers',
      args: ['serve', '--host', '0.0.0.0', '--port', '8000', '--model-timeout', '-1', '--dtype', 'bfloat16', '--seed', '0'],
      env: { CUDA_VISIBLE_DEVICES: '0,1', HF_HUB_OFFLINE: '1' },
    });
    expect(adapterFor('huggingface').requestModel(settings)).toBe('/models/Qwen2.5-7B-Instruct');
  });

  it('trtllm', () => {
    expect(launch(sample({ engine: 'trtllm' }))).toEqual({
      command: 'trtllm-serve',
      args: ['/models/Qwen2.5-7B-Instruct', '--host', '0.0.0.0', '--port', '8000', '--tp_size', '2', '--max_seq_len', '4096',
        '--kv_cache_free_gpu_memory_fraction', '0.9', '--served_model_name', 'qwen', '--seed', '0'],
      env: { CUDA_VISIBLE_DEVICES: '0,1', HF_HUB_OFFLINE: '1' },
    });
    const sameName = launch(sample({ engine: 'trtllm', servedModelName: '/models/Qwen2.5-7B-Instruct' }));
    expect(sameName.args).not.toContain('--served_model_name');
  });

  it('lmdeploy', () => {
    expect(launch(sample({ engine: 'lmdeploy' }))).toEqual({
      command: 'lmdeploy',
      args: ['serve', 'api_server', '/models/Qwen2.5-7B-Instruct', '--model-name', 'qwen', '--server-name', '0.0.0.0',
        '--server-port', '8000', '--tp', '2', '--dtype', 'bfloat16', '--session-len', '4096', '--cache-max-entry-count', '0.9', '--seed', '0'],
      env: { CUDA_VISIBLE_DEVICES: '0,1', HF_HUB_OFFLINE: '1' },
    });
  });

  it('llamacpp (llama-server), CPU and GPU', () => {
    const cpu = sample({ engine: 'llamacpp', gpuNums: 0, modelPath: '/m/tiny.gguf', binary: '/cache/llama-server', visibleDevices: undefined, env: {} });
    expect(launch(cpu)).toEqual({
      command: '/cache/llama-server',
      args: ['--model', '/m/tiny.gguf', '--alias', 'qwen', '--host', '0.0.0.0', '--port', '8000', '--ctx-size', '4096',
        '--n-gpu-layers', '0', '--jinja', '--metrics', '--seed', '0'],
      env: {},
    });
    expect(launch({ ...cpu, gpuNums: 1 }).args).toContain('999');
  });

  it('mindie', () => {
    expect(launch(sample({ engine: 'mindie', configFile: '/etc/mindie/config.json', extraArgs: [] }))).toEqual({
      command: 'mindieservice_daemon',
      args: [],
      env: { ASCEND_RT_VISIBLE_DEVICES: '0,1', MIES_CONFIG_JSON_PATH: '/etc/mindie/config.json', HF_HUB_OFFLINE: '1' },
    });
  });

  it('external launches nothing', () => {
    expect(adapterFor('external').launchCommand(sample({ engine: 'external', endpoint: 'http://x:1' }))).toBeNull();
  });

  it('the user environment wins over ours', () => {
    expect(launch(sample({ env: { CUDA_VISIBLE_DEVICES: '3' } })).env.CUDA_VISIBLE_DEVICES).toBe('3');
  });

  it('optional settings leave their flags out', () => {
    const bare = sample({ dtype: undefined, maxModelLen: undefined, memoryFraction: undefined, extraArgs: [] });
    for (const name of ENGINE_NAMES) {
      const command = adapterFor(name).launchCommand({ ...bare, engine: name });
      if (command === null) continue;
      expect(command.args.join(' ')).not.toMatch(/dtype|max-model-len|max_seq_len|context-length|session-len|ctx-size|memory|mem-fraction|cache-max/);
    }
  });
});

describe('quirks', () => {
  it('declares what the load stage must know', () => {
    expect(adapterFor('llamacpp').quirks.extraBody).toEqual({ cache_prompt: false });
    expect(adapterFor('trtllm').quirks.rejectsUnknownFields).toBe(true);
    expect(adapterFor('sglang').quirks.streamUsage).toBe('ask');
    expect(adapterFor('lmdeploy').quirks.streamUsage).toBe('ask');
    expect(adapterFor('lmdeploy').quirks.minTokensField).toBe('min_new_tokens');
    expect(adapterFor('vllm').quirks.ignoreEosField).toBe('ignore_eos');
    expect(adapterFor('tgi').quirks.ignoreEosField).toBeNull();
    expect(adapterFor('huggingface').quirks).toMatchObject({ streamUsage: 'always', usageChunk: 'finish', rejectsUnknownFields: true });
    for (const name of ENGINE_NAMES) expect(adapterFor(name).name).toBe(name);
  });
});
