import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactConfig, registerConfigSecrets } from '../../src/pipeline/secrets.js';
import { redactFolder } from '../../src/util/redact-folder.js';
import { isSecretName, redactSecrets, registerSecret, secretArgValues, secretValuesFromEnv } from '../../src/util/secrets.js';
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

  it('counts the action token INPUT_GITHUB-TOKEN as a secret name (a hyphen separates words too)', () => {
    expect(isSecretName('INPUT_GITHUB-TOKEN')).toBe(true);
    expect(secretValuesFromEnv({ 'INPUT_GITHUB-TOKEN': 'ghs_inputTokenValue0123456789' })).toEqual(['ghs_inputTokenValue0123456789']);
  });

  it('takes the values after secret flags in extra_args, and a URL password', () => {
    expect(secretArgValues(['--model', 'm', '--api-key', 'sk-1234567890', '--hf-token=hf_abcdefghij', '--tokenizer', 'tok', '--max-num-batched-tokens', '8192'])).toEqual(['sk-1234567890', 'hf_abcdefghij']);
    const masked: string[] = [];
    registerConfigSecrets({ engine_options: { extra_args: ['--token', 'argument-secret-0001'] }, endpoint: 'http://user:url-pass%2Fword-0001@127.0.0.1:8000' } as never, (s) => masked.push(s));
    expect(masked).toEqual(['argument-secret-0001', 'url-pass%2Fword-0001', 'url-pass/word-0001']);
    expect(redactSecrets('--token argument-secret-0001 at http://user:url-pass%2Fword-0001@host')).toBe('--token *** at http://user:***@host');
  });

  it("results.json's copy of extra_args hides secret flags' values however short", () => {
    const config = { engine_options: { extra_args: ['--api-key', 'abc', '--token=xy', '--port', '80'] } };
    expect(redactConfig(config).engine_options.extra_args).toEqual(['--api-key', '***', '--token=***', '--port', '80']);
  });

  it('property: whatever follows a secret flag, alone or after =, is taken; plain flags never are', () => {
    const value = fc.string({ minLength: 1 }).filter((v) => !v.startsWith('-') && !v.includes('='));
    const secretFlag = fc.constantFrom('--api-key', '--api_key', '--token', '--hf-token', '--password', '-key', '--secret');
    fc.assert(
      fc.property(secretFlag, value, fc.boolean(), fc.constantFrom('--tokenizer', '--max-num-batched-tokens', '--model', '--keyboard'), value, (flag, secret, joined, plain, other) => {
        const args = [plain, other, ...(joined ? [`${flag}=${secret}`] : [flag, secret])];
        expect(secretArgValues(args)).toEqual([secret]);
      }),
    );
  });

  it('sweeps every file of a folder, text and binary, leaving files without a secret untouched', () => {
    registerSecret('folder-secret-0042');
    const dir = tempTree({ 'report.md': 'key folder-secret-0042 end', 'exports/run.csv': 'a,folder-secret-0042\n', 'clean.txt': 'nothing here' });
    const binary = Buffer.concat([Buffer.from([0xff, 0x00, 0xfe]), Buffer.from('folder-secret-0042'), Buffer.from([0x80, 0x81])]);
    writeFileSync(join(dir, 'chart.png'), binary);
    expect(redactFolder(dir).map((f) => f.slice(dir.length + 1)).sort()).toEqual(['chart.png', 'exports/run.csv', 'report.md']);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('key *** end');
    expect(readFileSync(join(dir, 'chart.png'))).toEqual(Buffer.concat([Buffer.from([0xff, 0x00, 0xfe]), Buffer.from('***'), Buffer.from([0x80, 0x81])]));
    expect(readFileSync(join(dir, 'clean.txt'), 'utf8')).toBe('nothing here');
  });

  it('sweeps a large file chunk by chunk: a secret cut by the 1 MiB boundary, and a secret inside a longer one', () => {
    registerSecret('boundary-secret-0099');
    registerSecret('boundary-secret-0099-and-more');
    const head = 'x'.repeat((1 << 20) - 7);
    const dir = tempTree({ 'requests.jsonl': `${head}boundary-secret-0099 mid boundary-secret-0099-and-more end` });
    expect(redactFolder(dir)).toHaveLength(1);
    expect(readFileSync(join(dir, 'requests.jsonl'), 'utf8')).toBe(`${head}*** mid *** end`);
    const edge = tempTree({ 'output.txt': `${'y'.repeat((1 << 20) - 12)}boundary-secret-0099-and-more` });
    redactFolder(edge);
    expect(readFileSync(join(edge, 'output.txt'), 'utf8')).toBe(`${'y'.repeat((1 << 20) - 12)}***`);
  });

  it('property: the sweep gives what replacing every secret in the whole text gives', () => {
    const secrets = ['prop-secret-aaaa', 'prop-secret-aaaa-bbbb', 'other-secret-cccc'];
    for (const secret of secrets) registerSecret(secret);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...secrets), fc.string(), fc.constantFrom('prop-secret-', '-bbbb')), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const dir = tempTree({ 'f.txt': text });
        redactFolder(dir);
        expect(readFileSync(join(dir, 'f.txt'), 'utf8')).toBe(redactSecrets(text));
      }),
      { numRuns: 50 },
    );
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

  it('secrets in extra_args (--api-key VALUE, --hf-token=VALUE): not in results.json, output.txt, console.log, the report or any other file', async () => {
    const apiKey = 'sk-args-SECRET-0123456789';
    const hfToken = 'hf_argsSECRET0123456789';
    const cwd = faultTree({ port: await freePort(), binary: SCRIPTED_ENGINE, articles: ['An article.'], extraArgs: ['--api-key', apiKey, `--hf-token=${hfToken}`], env: { FAULT_ENGINE_PRINT_ARGS: '1' } });
    const run = startCli(cwd);
    expect((await run.done).code, run.stderr()).toBe(0);
    const runDir = join(cwd, 'run');
    expect(readFileSync(join(runDir, 'output.txt'), 'utf8')).toMatch(/arguments: .*--api-key \*\*\* --hf-token=\*\*\*/);
    expect(JSON.parse(readFileSync(join(runDir, 'results.json'), 'utf8')).config.engine_options.extra_args).toEqual(['--api-key', '***', '--hf-token=***']);
    expect(readdirSync(runDir)).toEqual(expect.arrayContaining(['report.html', 'report.md', 'console.log']));
    for (const text of [run.stdout(), run.stderr(), everyFile(runDir)]) {
      expect(text).not.toContain(apiKey);
      expect(text).not.toContain(hfToken);
    }
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
