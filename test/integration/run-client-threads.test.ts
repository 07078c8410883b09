import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_CLI, runCli } from '../support/run-cli.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';
import { TINY_MODEL_CONFIG } from '../support/tiny-model-config.js';

/**
 * `infergate run` (the built CLI, so the load threads are the bundle's dist/load-thread/index.js) with the
 * streams over 2 client threads (load.client_threads: 2): every request recorded once, and SIGINT in the
 * middle of the load ends every thread, keeps what was in flight as aborted and exits 130.
 */
const ROWS = 20;
const WARMUP = 4;

function tree(url: string, load: string): string {
  return tempTree({
    'host.yaml': ['model_path: model', 'data_path: xsum.jsonl', 'log_path: log', 'engine: external', 'gpu_nums: 1', 'vendor: acme', 'config_path: configs', `endpoint: ${url}`, 'model_name: scripted'].join('\n'),
    'configs/acme/external/task.yaml': `task_nums: ${ROWS}\nload:\n${load}`,
    'model/config.json': JSON.stringify(TINY_MODEL_CONFIG),
    'xsum.jsonl': readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8'),
  });
}

const records = (cwd: string): Array<Record<string, any>> =>
  readFileSync(join(cwd, 'run', 'requests.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);

describe('infergate run with client_threads 2', () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: { tokens: 8, ttft_ms: 5, itl_ms: 2 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('records every request once, on the threads the log names', async () => {
    const cwd = tree(server.url, `  shape: concurrency\n  concurrency: 4\n  warmup_requests: ${WARMUP}\n  client_threads: 2\n`);
    const result = await runCli(['run', '--host', 'host.yaml', '--out', 'run'], { cwd, timeoutMs: 120_000 });
    expect(result.stderr).toContain('load: the streams were owned by 2 client threads (load.client_threads)');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^TTFT:[0-9.]+$/m);
    const all = records(cwd);
    expect(all).toHaveLength(ROWS + WARMUP);
    expect(all.map((r) => r.index).sort((a, b) => a - b)).toEqual(Array.from({ length: ROWS + WARMUP }, (_, i) => i));
    const measured = all.filter((r) => !r.warmup);
    expect(new Set(measured.map((r) => r.id)).size).toBe(ROWS);
    expect(measured.every((r) => r.error === null && r.text_event_ms.length === 8)).toBe(true);
  }, 150_000);

  it('SIGINT during the load stops every thread: exit 130, the requests in flight recorded as aborted', async () => {
    let streams = 0;
    let interrupt = (): void => {};
    const held = await startScriptedServer({
      shape: 'vllm', model: 'scripted', defaults: { tokens: 2000, ttft_ms: 5, itl_ms: 100 },
      // The signal goes once the fourth stream has arrived: four requests in flight over two threads.
      plan: (request) => {
        if ((request.body as { stream?: boolean } | null)?.stream === true && ++streams === 4) interrupt();
        return {};
      },
    });
    try {
      const cwd = tree(held.url, '  shape: concurrency\n  concurrency: 4\n  warmup_requests: 0\n  client_threads: 2\n');
      const child = spawn(process.execPath, [BUILT_CLI, 'run', '--host', 'host.yaml', '--out', 'run'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
      interrupt = () => child.kill('SIGINT');
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.stdout.resume();
      // A backstop only: a client whose threads kept it alive would never exit.
      const backstop = setTimeout(() => child.kill('SIGKILL'), 120_000);
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      clearTimeout(backstop);
      expect(stderr).toContain('interrupted by SIGINT');
      expect(code).toBe(130);
      const all = records(cwd);
      expect(all).toHaveLength(4);
      expect(all.every((r) => r.error?.kind === 'aborted')).toBe(true);
      expect(JSON.parse(readFileSync(join(cwd, 'run', 'results.json'), 'utf8')).status).toBe('interrupted');
    } finally {
      await held.close();
    }
  }, 150_000);
});
