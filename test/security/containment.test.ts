import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { InputError } from '../../src/util/errors.js';
import { silentLogger } from '../../src/util/logger.js';

/**
 * Issue 14, finding 7: containment checked only the configured path itself. A link below it (a data
 * folder member, task.yaml, GPUConfig.yaml, the model's config.json) or `vendor: ..` read files outside
 * the workspace, and the errors then quoted their contents. Every file opened is now checked, links
 * resolved, before it is read.
 */
const SECRET = 'root:$6$SECRET-HASH-FROM-OUTSIDE:19000:0:99999:7:::';
const HOST = ['model_path: model', 'data_path: data', 'log_path: logs', 'engine: vllm', 'gpu_nums: 1', 'vendor: acme', 'config_path: cfg'];

let cwd: string;
let outside: string;
let previous: string;
beforeEach(() => {
  previous = process.cwd();
  cwd = mkdtempSync(join(tmpdir(), 'infergate-contain-'));
  outside = mkdtempSync(join(tmpdir(), 'infergate-outside-'));
  // Files outside the workspace that a YAML or JSON reader would quote in its error.
  writeFileSync(join(outside, 'shadow'), `${SECRET}\n`);
  writeFileSync(join(outside, 'shadow.jsonl'), `${SECRET}\n`);
  mkdirSync(join(outside, 'vllm'));
  writeFileSync(join(outside, 'vllm', 'task.yaml'), `${SECRET}\n`);
  mkdirSync(join(cwd, 'cfg/acme/vllm'), { recursive: true });
  writeFileSync(join(cwd, 'cfg/acme/vllm/task.yaml'), 'task_nums: 2\n');
  mkdirSync(join(cwd, 'model'));
  mkdirSync(join(cwd, 'data'));
  writeFileSync(join(cwd, 'data', 'a.jsonl'), `${JSON.stringify({ id: '1', document: 'An article.', summary: 'A summary.' })}\n`);
  process.chdir(cwd);
});
afterEach(() => process.chdir(previous));

function load(extra: Record<string, string> = {}, allowPathsOutsideWorkspace = false) {
  const lines = HOST.map((line) => {
    const key = line.split(':')[0]!;
    return key in extra ? `${key}: ${extra[key]}` : line;
  });
  writeFileSync(join(cwd, 'host.yaml'), `${lines.join('\n')}\n`);
  return loadConfig('host.yaml', [], { allowPathsOutsideWorkspace });
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message).not.toContain('SECRET-HASH');
    return message;
  }
  throw new Error('expected a refusal');
}

describe('containment below the configured paths', () => {
  it('task.yaml that is a link out of the workspace is refused without being read', () => {
    rmSync(join(cwd, 'cfg/acme/vllm/task.yaml'));
    symlinkSync(join(outside, 'shadow'), join(cwd, 'cfg/acme/vllm/task.yaml'));
    expect(refusal(() => load())).toMatch(/task file .*task\.yaml is outside the workspace .*through a symbolic link/);
  });

  it('GPUConfig.yaml that is a link out of the workspace is refused without being read', () => {
    symlinkSync(join(outside, 'shadow'), join(cwd, 'cfg/acme/vllm/GPUConfig.yaml'));
    expect(refusal(() => load())).toMatch(/GPUConfig file .*GPUConfig\.yaml is outside the workspace/);
  });

  it("the model's config.json that is a link out of the workspace is refused", () => {
    symlinkSync(join(outside, 'shadow'), join(cwd, 'model', 'config.json'));
    expect(refusal(() => load())).toMatch(/model config .*config\.json is outside the workspace/);
  });

  it('vendor: .. (or .) is not a folder name', () => {
    expect(refusal(() => load({ vendor: '..' }))).toMatch(/vendor.*not \. or \.\./);
    expect(refusal(() => load({ vendor: '.' }))).toMatch(/vendor.*not \. or \.\./);
    // `vendor: ..` with config_path cfg/x would have found the outside task.yaml through cfg/x/../vllm.
    symlinkSync(outside, join(cwd, 'cfg', 'out'));
    expect(refusal(() => load({ vendor: '..', config_path: 'cfg/out/x' }))).not.toContain('SECRET');
  });

  it('a member of the data folder that is a link out of the workspace is refused before any row is read', async () => {
    symlinkSync(join(outside, 'shadow.jsonl'), join(cwd, 'data', 'b.jsonl'));
    const config = load();
    const error = await loadDataset(config, silentLogger, undefined, { allowOutside: config.allow_paths_outside_workspace }).then(() => null, (e: unknown) => e as Error);
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toMatch(/data_path member .*b\.jsonl is outside the workspace/);
    expect(error!.message).not.toContain('SECRET-HASH');
  });

  it('the caller can still allow paths outside the workspace', async () => {
    symlinkSync(join(outside, 'shadow.jsonl'), join(cwd, 'data', 'b.jsonl'));
    const config = load({}, true);
    expect(config.allow_paths_outside_workspace).toBe(true);
    // Read, then rejected as data (its row is not XSum): the containment rule no longer applies.
    await expect(loadDataset(config, silentLogger, undefined, { allowOutside: true })).rejects.toThrow(/invalid JSON|expected an object|b\.jsonl/);
  });
});
