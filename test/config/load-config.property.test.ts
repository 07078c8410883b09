import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/util/errors.js';

/**
 * The config loader on arbitrary input: whatever host.yaml, task.yaml or --set holds, the answer is a
 * config or an InputError (one sentence naming the file), never another exception.
 */
const root = mkdtempSync(join(tmpdir(), 'infergate-config-prop-'));
let counter = 0;

function workspace(host: string, task: string): string {
  const dir = join(root, String(counter++));
  mkdirSync(join(dir, 'cfg/acme/vllm'), { recursive: true });
  writeFileSync(join(dir, 'host.yaml'), host);
  writeFileSync(join(dir, 'cfg/acme/vllm/task.yaml'), task);
  return dir;
}

function configOrInputError(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message).not.toMatch(/\n/);
    expect(error.message.length).toBeGreaterThan(0);
  }
}

const VALID_HOST = { model_path: 'model', data_path: 'data.jsonl', log_path: 'logs', engine: 'vllm', gpu_nums: 1, vendor: 'acme', config_path: 'cfg' };
const KEYS = [...Object.keys(VALID_HOST), 'nproc_per_node', 'endpoint', 'api', 'prompt', 'request', 'load', 'slo', 'percentiles', 'dataset', 'engine_options', 'telemetry', 'rouge', 'mfu', 'model_name', 'task_nums', 'GPU_NAME', 'GPU_FP16'];
const value = fc.oneof(fc.anything({ maxDepth: 2 }), fc.dictionary(fc.constantFrom('shape', 'concurrency', 'timeout_s', 'port', 'headers', 'extra_args', 'max_tokens', 'enabled'), fc.anything({ maxDepth: 1 })));
const yamlText = (doc: unknown): string => {
  try {
    return yaml.dump(doc, { skipInvalid: true });
  } catch {
    return String(doc);
  }
};

describe('loadConfig under arbitrary input (fast-check)', () => {
  it('loads the valid base the properties start from', () => {
    const dir = workspace(yamlText(VALID_HOST), 'task_nums: 2\n');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(loadConfig('host.yaml').engine).toBe('vllm');
    } finally {
      process.chdir(cwd);
    }
  });

  it('arbitrary host.yaml text → a config or an InputError', () => {
    const text = fc.oneof(fc.string(), fc.array(fc.constantFrom('engine: vllm\n', 'vendor: acme\n', 'config_path: cfg\n', 'model_path: m\n', '- ', '  ', ': ', '[', '{', '"', '&a ', '*a', '!!', '---\n', '\t', '#'), { maxLength: 20 }).map((p) => p.join('')));
    fc.assert(fc.property(text, (host) => configOrInputError(() => loadConfig(join(workspace(host, 'task_nums: 2\n'), 'host.yaml')))), { numRuns: 300 });
  });

  it('a valid host.yaml with any key set to any value → a config or an InputError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYS), value, fc.boolean(), (key, v, inTask) => {
        const host = inTask ? VALID_HOST : { ...VALID_HOST, [key]: v };
        const task = inTask ? { task_nums: 2, [key]: v } : { task_nums: 2 };
        const dir = workspace(yamlText(host), yamlText(task));
        const cwd = process.cwd();
        process.chdir(dir);
        try {
          configOrInputError(() => loadConfig('host.yaml'));
        } finally {
          process.chdir(cwd);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('arbitrary --set assignments → a config or an InputError', () => {
    const dir = workspace(yamlText(VALID_HOST), 'task_nums: 2\n');
    const assignment = fc.oneof(fc.string(), fc.tuple(fc.constantFrom(...KEYS, 'load.concurrency', 'request.headers', 'engine_options.port', 'a.b.c'), fc.string()).map(([k, v]) => `${k}=${v}`));
    fc.assert(
      fc.property(fc.array(assignment, { maxLength: 4 }), (assignments) => {
        const cwd = process.cwd();
        process.chdir(dir);
        try {
          configOrInputError(() => loadConfig('host.yaml', assignments));
        } finally {
          process.chdir(cwd);
        }
      }),
      { numRuns: 300 },
    );
  });
});
