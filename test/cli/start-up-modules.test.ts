import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';
import { TINY_MODEL_CONFIG } from '../support/tiny-model-config.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// tsx by its file: the run's working directory is a temporary folder, where the bare name does not resolve.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** The modules of a list of URLs that belong to infergate's src/ (as "src/...") or to a package (as "node_modules/<name>"). */
function modulesOf(urls: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const url of urls) {
    if (!url.startsWith('file:')) continue;
    const path = fileURLToPath(url);
    const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    if (inPackage) names.add(`node_modules/${inPackage[1]}`);
    else if (path.startsWith(join(ROOT, 'src'))) names.add(path.slice(ROOT.length).replace(/\\/g, '/'));
  }
  return names;
}

/**
 * Modules of those rooms that a start may load: the live progress line (drawn during the load), the names
 * `history page --help` lists, the choices of `score --resample-order`, and the ROUGE type names.
 */
const NEEDED_AT_START = new Set(['src/report/progress-line.ts', 'src/history/trend-metrics.ts', 'src/metrics/rouge/resample-order.ts', 'src/metrics/rouge/types.ts']);

/** Modules the run path needs only after its load, or never without a baseline or a hub download. */
function afterTheLoad(module: string): boolean {
  if (NEEDED_AT_START.has(module)) return false;
  return /^src\/(report|gate|github|history|metrics\/rouge|metrics\/mfu)\//.test(module)
    || ['src/pipeline/report-step.ts', 'src/pipeline/gate-step.ts'].includes(module)
    || /^node_modules\/(undici|@actions\/.*|pg|@octokit\/.*)$/.test(module);
}

/**
 * Start to first request evaluates only what the run path needs (docs/metrics.md, "Start-up"): the modules
 * `infergate run` has loaded when the scripted server receives its first completion request are read from
 * the log that test/support/module-log.mjs writes, at the moment the request arrives. The same log after
 * the run shows the report and its step do load then, so the check sees what it checks.
 */
describe('infergate run: the modules loaded before the first request', () => {
  let server: ScriptedServer;
  let cwd: string;
  let atFirstRequest: string[] | null = null;
  const log = () => join(cwd, 'modules.log');

  beforeAll(async () => {
    server = await startScriptedServer({
      shape: 'vllm', model: 'scripted', defaults: { tokens: 4, ttft_ms: 0, itl_ms: 0 },
      onArrival: (method, path) => {
        if (method === 'POST' && path.endsWith('completions')) atFirstRequest ??= readFileSync(log(), 'utf8').split('\n');
      },
    });
    const data = readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8');
    cwd = tempTree({
      'host.yaml': ['model_path: model', 'data_path: xsum.jsonl', 'log_path: log', 'engine: external', 'gpu_nums: 1', 'vendor: acme', 'config_path: configs', `endpoint: ${server.url}`, 'model_name: scripted'].join('\n'),
      'configs/acme/external/task.yaml': 'task_nums: 3\nload:\n  shape: concurrency\n  concurrency: 1\n',
      'model/config.json': JSON.stringify(TINY_MODEL_CONFIG),
      'xsum.jsonl': data,
      'modules.log': '',
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('holds no report, gate, history, GitHub client, ROUGE or MFU scorer or undici module, which load after the load', async () => {
    const args = ['--import', TSX, '--import', pathToFileURL(join(ROOT, 'test/support/module-log.mjs')).href, join(ROOT, 'src/cli.ts'), 'run', '--host', 'host.yaml', '--out', 'run'];
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, INFERGATE_MODULE_LOG: log() }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
    expect(atFirstRequest).not.toBeNull();
    const before = modulesOf(atFirstRequest!);
    expect(before.has('src/pipeline/run-benchmark.ts')).toBe(true);
    expect([...before].filter(afterTheLoad)).toEqual([]);
    const after = modulesOf(readFileSync(log(), 'utf8').split('\n'));
    expect(after.has('src/pipeline/report-step.ts')).toBe(true);
    expect([...after].some((m) => m.startsWith('src/report/html/'))).toBe(true);
    expect(after.has('src/metrics/rouge/index.ts') && after.has('src/metrics/mfu/index.ts')).toBe(true);
  }, 120_000);
});
