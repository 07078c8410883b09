import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/util/errors.js';

/** Configured paths stay inside the workspace (the working directory) unless the caller (CLI flag, action input, --set) allows it. */
const HOST = ['model_path: model', 'data_path: data.jsonl', 'log_path: logs', 'engine: vllm', 'gpu_nums: 1', 'vendor: acme', 'config_path: cfg'];
const host = (replace: Record<string, string>, extra: string[] = []) =>
  [...HOST.map((line) => (line.split(':')[0]! in replace ? `${line.split(':')[0]}: ${replace[line.split(':')[0]!]}` : line)), ...extra].join('\n') + '\n';

let cwd: string;
let previous: string;
beforeEach(() => {
  previous = process.cwd();
  cwd = mkdtempSync(join(tmpdir(), 'infergate-contain-'));
  mkdirSync(join(cwd, 'cfg/acme/vllm'), { recursive: true });
  writeFileSync(join(cwd, 'cfg/acme/vllm/task.yaml'), 'task_nums: 2\n');
  process.chdir(cwd);
});
afterEach(() => process.chdir(previous));

const loadConfigWith = (hostText: string, options: { allowPathsOutsideWorkspace?: boolean }) => {
  writeFileSync(join(cwd, 'host.yaml'), hostText);
  return loadConfig('host.yaml', [], options);
};

const load = (hostText: string, overrides: string[] = []) => {
  writeFileSync(join(cwd, 'host.yaml'), hostText);
  return () => loadConfig('host.yaml', overrides);
};

describe('path containment', () => {
  it('accepts relative paths inside the workspace, including folders not created yet', () => {
    expect(load(host({ log_path: 'out/not/yet' }))().log_path).toBe('out/not/yet');
  });

  it.each([
    ['data_path', '/etc/shadow', 'host.yaml:2: data_path /etc/shadow is outside the workspace'],
    ['log_path', '../../root/.ssh', 'host.yaml:3: log_path ../../root/.ssh is outside the workspace'],
    ['model_path', '/models/llama', 'host.yaml:1: model_path /models/llama is outside the workspace'],
    ['config_path', '../elsewhere', 'host.yaml:7: config_path ../elsewhere is outside the workspace'],
  ])('refuses %s %s with one line naming the key and the setting', (key, value, message) => {
    const run = load(host({ [key]: value }));
    expect(run).toThrow(InputError);
    expect(run).toThrow(message);
    expect(run).toThrow('pass --allow-paths-outside-workspace (the action input allow-paths-outside-workspace: true) to allow paths outside it');
  });

  it('follows symbolic links: a link inside the workspace to a file outside is refused', () => {
    symlinkSync('/etc/hostname', join(cwd, 'data.jsonl'));
    const run = load(host({}));
    expect(run).toThrow(/host\.yaml:2: data_path data\.jsonl is outside the workspace .* \(through a symbolic link, to \/etc\/hostname\)/);
  });

  it('checks nested path settings too (dataset.cache_dir from task.yaml)', () => {
    writeFileSync(join(cwd, 'cfg/acme/vllm/task.yaml'), 'task_nums: 2\ndataset:\n  cache_dir: /var/cache/x\n');
    expect(load(host({}))).toThrow('dataset.cache_dir /var/cache/x is outside the workspace');
  });

  it('names --set when the path came from an override', () => {
    expect(load(host({}), ['data_path=/etc/passwd'])).toThrow(/^--set: data_path \/etc\/passwd is outside the workspace/);
  });

  it('allows paths outside only when the caller says so, never host.yaml', () => {
    expect(() => loadConfigWith(host({ data_path: '/data/xsum', model_path: '/models/llama' }), { allowPathsOutsideWorkspace: true })).not.toThrow();
    expect(load(host({ data_path: '/data/xsum' }, ['allow_paths_outside_workspace: true']))).toThrow(/host\.yaml:8: allow_paths_outside_workspace cannot be set in host\.yaml/);
  });

  it('allows paths outside with --set allow_paths_outside_workspace=true', () => {
    expect(load(host({ data_path: '/data/xsum' }), ['allow_paths_outside_workspace=true'])().data_path).toBe('/data/xsum');
  });

  it('does not let a vendor task.yaml allow it', () => {
    writeFileSync(join(cwd, 'cfg/acme/vllm/task.yaml'), 'task_nums: 2\nallow_paths_outside_workspace: true\n');
    expect(load(host({ data_path: '/etc/shadow' }))).toThrow(InputError);
    writeFileSync(join(cwd, 'cfg/acme/vllm/task.yaml'), 'task_nums: 2\nallow_paths_outside_workspace: true\n');
    expect(load(host({}))).toThrow(/task\.yaml:2: unknown key "allow_paths_outside_workspace"/);
  });
});
