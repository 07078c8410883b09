import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { runBenchmark } from '../../src/pipeline/run-benchmark.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';

/** A run's results.json carries the SHA-256 of the folder's files; `infergate verify` re-checks them. */
const quiet = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const [o, e] = [process.stdout.write, process.stderr.write];
  process.stdout.write = ((c: string) => (out.push(String(c)), true)) as typeof process.stdout.write;
  process.stderr.write = ((c: string) => (err.push(String(c)), true)) as typeof process.stderr.write;
  try {
    return { code: await runCli(args), stdout: out.join(''), stderr: err.join('') };
  } finally {
    [process.stdout.write, process.stderr.write] = [o, e];
  }
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('SHA-256 manifest of the run folder and infergate verify', () => {
  let server: ScriptedServer;
  let cwd: string;
  let run: string;
  const previousCwd = process.cwd();

  beforeAll(async () => {
    server = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: { tokens: 3, ttft_ms: 1, itl_ms: 1 } });
    const data = readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8');
    cwd = tempTree({
      'host.yaml': ['model_path: model', 'data_path: xsum.jsonl', 'log_path: log', 'engine: external', 'vendor: acme', 'config_path: configs', `endpoint: ${server.url}`, 'model_name: scripted', 'telemetry: { enabled: false }'].join('\n'),
      'configs/acme/external/task.yaml': 'task_nums: 5\n',
      'xsum.jsonl': data,
    });
    process.chdir(cwd);
    run = join(cwd, 'run');
    await runBenchmark({ hostPath: 'host.yaml', overrides: [], outDir: run }, { log: quiet as never, printLine: () => {} });
  });

  afterAll(async () => {
    process.chdir(previousCwd);
    await server?.close();
  });

  it('lists every file written before results.json with its digest and size, not results.json nor console.log', () => {
    const results = JSON.parse(readFileSync(join(run, 'results.json'), 'utf8'));
    expect(results.manifest.algorithm).toBe('sha256');
    expect(Object.keys(results.manifest.files).sort()).toEqual(['predictions.jsonl', 'requests.jsonl']); // engine external: no output.txt
    for (const file of ['requests.jsonl', 'predictions.jsonl']) {
      expect(results.manifest.files[file]).toEqual({ sha256: sha256(join(run, file)), bytes: readFileSync(join(run, file)).length });
    }
  });

  it('verify: 0 on the untouched folder; 2 naming each modified or missing file', async () => {
    const ok = await cli(['verify', run]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('verified: 2 files match the manifest');
    appendFileSync(join(run, 'predictions.jsonl'), '{"id":"forged"}\n');
    rmSync(join(run, 'requests.jsonl'));
    const bad = await cli(['verify', run]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/MODIFIED predictions\.jsonl/);
    expect(bad.stderr).toContain('2 of 2 files do not match the manifest in results.json (predictions.jsonl modified, requests.jsonl missing)');
  });

  it('verify refuses a manifest that is missing or points outside the folder, in one sentence', async () => {
    const results = JSON.parse(readFileSync(join(run, 'results.json'), 'utf8'));
    const dir = tempTree({ 'results.json': JSON.stringify({ ...results, manifest: { algorithm: 'sha256', files: { '../host.yaml': { sha256: 'a'.repeat(64), bytes: 1 } } } }) });
    const outside = await cli(['verify', dir]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('key manifest: files: "../host.yaml" is not a path inside the run folder');
    writeFileSync(join(dir, 'results.json'), JSON.stringify({ ...results, manifest: undefined }));
    expect((await cli(['verify', dir])).stderr).toMatch(/results\.json: key manifest: missing/);
  });
});

describe('manifest parser', () => {
  it('any value is either a manifest of safe relative paths or one error naming results.json (property)', async () => {
    const fc = (await import('fast-check')).default;
    const { parseManifest } = await import('../../src/run-folder/manifest.js');
    const entry = fc.record({ sha256: fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), fc.string()), bytes: fc.oneof(fc.nat(), fc.double()) });
    const manifest = fc.record({ algorithm: fc.constantFrom('sha256', 'md5'), files: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('a/../b', '/etc/passwd', 'x//y', 'ok.txt')), entry) });
    fc.assert(fc.property(fc.oneof(manifest, fc.jsonValue()), (value) => {
      try {
        const m = parseManifest(value, 'r/results.json');
        for (const file of Object.keys(m.files)) expect(file.startsWith('/') || file.split('/').includes('..')).toBe(false);
      } catch (error) {
        expect((error as Error).message).toMatch(/^r\/results\.json: key manifest: /);
      }
    }));
  });
});
