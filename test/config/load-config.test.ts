import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyLines } from '../../src/config/key-lines.js';
import { loadConfig } from '../../src/config/load-config.js';
import { tempTree } from '../support/temp-tree.js';

function tempTreeInto(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) writeFileSync(join(root, path), content);
}

describe('loadConfig', () => {
  it('reads the seed files unchanged: host.yaml, task.yaml and GPUConfig.yaml', () => {
    // Relative paths resolve against the working directory (the seed's rule), so the test writes absolute ones.
    const dir = tempTree({
      'tasks/nvidia/vllm/task.yaml': 'GPU_NAME: A100\nGPU_FP16: 312\ntask_nums: 5000\n',
    });
    const hostDir = tempTree({
      'host.yaml': `model_path: /models/llama\ndata_path: /data/xsum\nlog_path: log\nengine: vllm\nnproc_per_node: 8\nvendor: nvidia\nconfig_path: ${dir}/tasks\n`,
    });
    tempTreeInto(dir, {
      'tasks/nvidia/vllm/GPUConfig.yaml': 'GPU_NAME: A100-SXM\nGPU_FP16: 300\nGPU_FP16TC: 312\n',
    });
    const config = loadConfig(join(hostDir, 'host.yaml'), [], { allowPathsOutsideWorkspace: true });
    expect(config).toMatchObject({
      model_path: '/models/llama',
      data_path: '/data/xsum',
      engine: 'vllm',
      gpu_nums: 8,
      task_nums: 5000,
      gpu_name: 'A100',
      gpu_peaks_tflops: { FP16: 312, FP16TC: 312 },
      model_name: 'llama',
      api: 'chat',
      request: { max_tokens: 64, temperature: 0 },
      load: { shape: 'auto' },
      rouge: { mode: 'rouge155' },
    });
    expect(config.files.gpu_config).toBe(join(dir, 'tasks/nvidia/vllm/GPUConfig.yaml'));
  });

  it('resolves new settings as defaults < host.yaml < task.yaml < --set', () => {
    const dir = tempTree({
      'host.yaml': `model_path: m\nengine: vllm\nvendor: v\nconfig_path: CONFIG\nload:\n  shape: concurrency\n  concurrency: 2\nrequest:\n  max_tokens: 100\n`,
      'c/v/vllm/task.yaml': 'task_nums: 3\nload:\n  concurrency: 4\n',
    });
    const config = loadConfig(join(dir, 'host.yaml'), [`config_path=${dir}/c`, 'load.concurrency=8', 'task_nums=9', 'load.sweep=[1,2]'], { allowPathsOutsideWorkspace: true });
    expect(config.load).toMatchObject({ shape: 'concurrency', concurrency: 8, sweep: [1, 2] });
    expect(config.request.max_tokens).toBe(100);
    expect(config.task_nums).toBe(9);
    const without = loadConfig(join(dir, 'host.yaml'), [`config_path=${dir}/c`], { allowPathsOutsideWorkspace: true });
    expect(without.load.concurrency).toBe(4);
  });
});

describe('keyLines', () => {
  it('maps nested block keys to their lines and skips comments and list items', () => {
    const lines = keyLines('# comment\na: 1\nload:\n  shape: x   # note\n  sweep:\n    - 1\nb: "quoted: value"\n');
    expect(Object.fromEntries(lines)).toEqual({ a: 2, load: 3, 'load.shape': 4, 'load.sweep': 5, b: 7 });
  });
});
