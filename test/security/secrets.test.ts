import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isSecretName, redactSecrets, registerSecret, secretValuesFromEnv } from '../../src/util/secrets.js';
import { runCli } from '../support/run-cli.js';
import { tempTree } from '../support/temp-tree.js';
import { faultTree, freePort, SCRIPTED_ENGINE, startCli } from '../faults/support/fault-run.js';

/** Tokens (HF_TOKEN, *_TOKEN, header tokens) never reach the console, the run folder or results.json. */
const HF_TOKEN = 'hf_SECRETvalue0123456789abcdef';
const API_TOKEN = 'sk-live-SECRET-9876543210zyx';

function everyFile(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

describe('which values are secrets', () => {
  it('takes HF_TOKEN, *_TOKEN, *_API_KEY, *_SECRET and *_PASSWORD values of 8 characters or more', () => {
    for (const name of ['HF_TOKEN', 'GITHUB_TOKEN', 'HUGGING_FACE_HUB_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'OPENAI_API_KEY', 'AWS_SECRET_ACCESS_KEY', 'DB_PASSWORD']) expect(isSecretName(name), name).toBe(true);
    for (const name of ['TOKENIZERS_PARALLELISM', 'MAX_TOKENS', 'KEYBOARD', 'PATH']) expect(isSecretName(name), name).toBe(false);
    expect(secretValuesFromEnv({ HF_TOKEN, MY_TOKEN: 'short', TOKENIZERS_PARALLELISM: 'false' })).toEqual([HF_TOKEN]);
  });

  it('redacts registered values wherever they appear', () => {
    registerSecret('registered-secret-42');
    expect(redactSecrets('a registered-secret-42 b registered-secret-42')).toBe('a *** b ***');
  });
});

describe('tokens never reach logs or the run folder (built CLI)', () => {
  it('an engine that prints HF_TOKEN and dies: masked in output.txt, the error line, console.log and results.json', async () => {
    // The engine gets HF_TOKEN only because engine_options.env names it (engine-environment.test.ts).
    const cwd = faultTree({ port: await freePort(), binary: SCRIPTED_ENGINE, articles: ['An article.'], env: { FAULT_ENGINE_PRINT_ENV: 'HF_TOKEN', FAULT_ENGINE_EXIT: '1', HF_TOKEN: '${HF_TOKEN}' } });
    const run = startCli(cwd, [], { HF_TOKEN });
    expect((await run.done).code, run.stderr()).toBe(3);
    const runDir = join(cwd, 'run');
    expect(readFileSync(join(runDir, 'output.txt'), 'utf8')).toContain('environment: HF_TOKEN=***');
    expect(run.stderr()).toContain('could not log in with HF_TOKEN=***');
    expect(readFileSync(join(runDir, 'results.json'), 'utf8')).toContain('HF_TOKEN=***');
    for (const text of [run.stdout(), run.stderr(), everyFile(runDir)]) expect(text).not.toContain(HF_TOKEN);
  }, 60_000);

  it('a header token echoed back by the server: masked in requests.jsonl, results.json and the error line', async () => {
    const server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        if (req.method === 'GET') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        const body = JSON.parse(raw) as { stream?: boolean };
        if (!body.stream) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ index: 0, message: { content: 'x' } }] }));
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `token rejected: ${req.headers.authorization}` } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const host = ['data_path: data.jsonl', 'log_path: logs', 'engine: external', 'vendor: acme', 'config_path: cfg', `endpoint: ${url}`, 'telemetry:', '  enabled: false', 'request:', '  headers:', '    Authorization: "Bearer ${MY_SERVICE_TOKEN}"'].join('\n');
      const cwd = tempTree({ 'host.yaml': host, 'cfg/acme/external/task.yaml': 'GPU_NAME: H100-SXM\nGPU_FP16: 989\ntask_nums: 1\n', 'data.jsonl': JSON.stringify({ id: '1', document: 'An article.', summary: 'A summary.' }) });
      const result = await runCli(['run', '--host', 'host.yaml', '--out', 'run'], { cwd, env: { MY_SERVICE_TOKEN: API_TOKEN } });
      expect(result.code, result.stderr).toBe(4);
      expect(result.stderr).toContain('token rejected: ***');
      expect(readFileSync(join(cwd, 'run', 'requests.jsonl'), 'utf8')).toContain('token rejected: ***');
      for (const text of [result.stdout, result.stderr, everyFile(join(cwd, 'run'))]) expect(text).not.toContain(API_TOKEN);
      expect(JSON.parse(readFileSync(join(cwd, 'run', 'results.json'), 'utf8')).config.request.headers).toEqual({ Authorization: '***' });
    } finally {
      server.close();
    }
  }, 60_000);
});

describe('the action masks environment tokens in the job log', () => {
  const BUILT_MAIN = fileURLToPath(new URL('../../dist/main/index.js', import.meta.url));
  it.runIf(existsSync(BUILT_MAIN))('dist/main asks the runner to mask HF_TOKEN and GITHUB_TOKEN before anything else', () => {
    // No inputs: the step fails at once, but only after the masks went out.
    const cwd = tempTree({});
    const result = spawnSync(process.execPath, [BUILT_MAIN], { cwd, env: { PATH: process.env.PATH, HF_TOKEN, GITHUB_TOKEN: 'ghs_SECRETgithubtoken0123456789', TOKENIZERS_PARALLELISM: 'false' }, encoding: 'utf8', timeout: 30_000 });
    const out = `${result.stdout}${result.stderr}`;
    expect(out).toContain(`::add-mask::${HF_TOKEN}`);
    expect(out).toContain('::add-mask::ghs_SECRETgithubtoken0123456789');
    expect(out).not.toContain('::add-mask::false');
    const firstCommand = out.split('\n').find((line) => line.startsWith('::'));
    expect(firstCommand).toMatch(/^::add-mask::/);
  });
});
