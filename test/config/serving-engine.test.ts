import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/util/errors.js';
import { tempTree } from '../support/temp-tree.js';

const load = (root: string, sets: string[] = []) => loadConfig(join(root, 'host.yaml'), [`config_path=${root}/configs`, ...sets], { allowPathsOutsideWorkspace: true });

describe('the engine that serves the requests', () => {
  it('engine: external with engine_flavor reads <vendor>/<flavor>/task.yaml and serves as that engine', () => {
    const root = tempTree({
      'host.yaml': 'engine: external\nengine_flavor: llamacpp\nvendor: acme\nconfig_path: x\nendpoint: http://127.0.0.1:8080\n',
      'configs/acme/llamacpp/task.yaml': 'task_nums: 7\n',
    });
    const config = load(root);
    expect(config).toMatchObject({ engine: 'external', serving_engine: 'llamacpp', task_nums: 7, endpoint: 'http://127.0.0.1:8080' });
    expect(config.files.task).toBe(join(root, 'configs/acme/llamacpp/task.yaml'));
  });

  it('engine: external without a flavor stays a generic OpenAI server under <vendor>/external/', () => {
    const root = tempTree({
      'host.yaml': 'engine: external\nvendor: acme\nconfig_path: x\nendpoint: http://127.0.0.1:8080\n',
      'configs/acme/external/task.yaml': 'task_nums: 3\n',
    });
    expect(load(root)).toMatchObject({ engine: 'external', serving_engine: 'external', task_nums: 3 });
  });

  it('a named engine given an endpoint needs no model_path (it is reached, not launched)', () => {
    const root = tempTree({
      'host.yaml': 'engine: vllm\nvendor: acme\nconfig_path: x\nendpoint: http://10.0.0.5:8000\n',
      'configs/acme/vllm/task.yaml': 'task_nums: 3\n',
    });
    expect(load(root)).toMatchObject({ engine: 'vllm', serving_engine: 'vllm', model_path: null });
    const launched = tempTree({ 'host.yaml': 'engine: vllm\nvendor: acme\nconfig_path: x\n', 'configs/acme/vllm/task.yaml': 'task_nums: 3\n' });
    expect(() => load(launched)).toThrow(/missing required key "model_path" .*set endpoint to use one already running/);
  });

  it('refuses engine_flavor beside a named engine, naming the file and line', () => {
    const root = tempTree({
      'host.yaml': 'engine: vllm\nengine_flavor: sglang\nmodel_path: m\nvendor: acme\nconfig_path: x\n',
      'configs/acme/vllm/task.yaml': 'task_nums: 3\n',
    });
    expect(() => load(root)).toThrow(InputError);
    expect(() => load(root)).toThrow(`${join(root, 'host.yaml')}:2: engine_flavor applies to engine: external only`);
  });

  it('refuses a flavor infergate does not know, and external as a flavor', () => {
    const root = tempTree({ 'host.yaml': 'engine: external\nengine_flavor: ollama\nvendor: acme\nconfig_path: x\nendpoint: http://127.0.0.1:1\n' });
    expect(() => load(root)).toThrow(/engine_flavor/);
    expect(() => load(root, ['engine_flavor=external'])).toThrow(/engine_flavor/);
  });

  it('takes engine_flavor from --set as well', () => {
    const root = tempTree({
      'host.yaml': 'engine: external\nvendor: acme\nconfig_path: x\nendpoint: http://127.0.0.1:8080\n',
      'configs/acme/sglang/task.yaml': 'task_nums: 2\n',
    });
    expect(load(root, ['engine_flavor=sglang'])).toMatchObject({ serving_engine: 'sglang', task_nums: 2 });
  });
});
