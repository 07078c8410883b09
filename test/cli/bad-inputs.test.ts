import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { BUILT_CLI, runCli } from '../support/run-cli.js';
import { tempTree } from '../support/temp-tree.js';

/**
 * Each bad configuration or data file gets ONE line on stderr naming the file (and key or line), exit
 * code 2, no stack trace, and no run folder. Runs the built CLI, as users do.
 */
const HOST = ['data_path: data.jsonl', 'log_path: logs', 'engine: external', 'gpu_nums: 1', 'vendor: acme', 'config_path: cfg', 'endpoint: http://127.0.0.1:9'].join('\n');
const TASK = 'GPU_NAME: H100-SXM\nGPU_FP16: 989\ntask_nums: 5\n';
const ROW = (id: string, document = 'An article.', summary = 'A summary.') => JSON.stringify({ id, document, summary });
const DATA = [ROW('1'), ROW('2')].join('\n');

interface Case {
  name: string;
  files?: Record<string, string>;
  host?: string;
  task?: string;
  args?: string[];
  /** Added to the CLI's environment (GITHUB_ACTIONS: a run inside a workflow, where paths are contained). */
  env?: Record<string, string>;
  /** Every fragment must appear in the one error line. */
  expect: string[];
}

const IN_WORKFLOW = { GITHUB_ACTIONS: 'true' };

const withHost = (replace: Record<string, string | null>, extra = ''): string => {
  const lines = HOST.split('\n').filter((line) => !(line.split(':')[0]! in replace));
  for (const [key, value] of Object.entries(replace)) if (value !== null) lines.push(`${key}: ${value}`);
  return `${lines.join('\n')}\n${extra}`;
};

const ALIAS_BOMB = ['a: &a [x,x,x,x,x,x,x,x,x]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdef'[i]}`).join(',')}]`)]
  .map((line) => `    ${line}\n`)
  .join('');

const cases: Case[] = [
  { name: 'missing host file', host: undefined, args: ['--host', 'nope.yaml'], expect: ['nope.yaml', 'no such file'] },
  { name: 'YAML syntax error', host: 'engine: vllm\nvendor: [acme\nconfig_path: cfg\n', expect: ['host.yaml:', 'YAML syntax error'] },
  { name: 'host file is a list', host: '- engine\n- vllm\n', expect: ['host.yaml:1', 'mapping'] },
  { name: 'unknown key with suggestion', host: withHost({ gpu_nums: null, gpu_num: '2' }), expect: ['host.yaml:7', 'unknown key "gpu_num"', 'did you mean "gpu_nums"'] },
  { name: 'wrong type', host: withHost({ gpu_nums: 'two' }), expect: ['host.yaml:7', 'gpu_nums must be an integer', '"two"'] },
  { name: 'out of range', host: withHost({ gpu_nums: '-1' }), expect: ['host.yaml:7', 'gpu_nums must be ≥ 0'] },
  { name: 'unknown engine', host: withHost({ engine: 'vlm' }), expect: ['host.yaml:7', 'engine must be one of', 'did you mean "vllm"'] },
  { name: 'missing vendor', host: withHost({ vendor: null }), expect: ['host.yaml', 'missing required key "vendor"'] },
  { name: 'no task.yaml for the vendor/engine pair', host: withHost({ vendor: 'other' }), expect: ['host.yaml:7', 'no task file for vendor "other" and engine "external"', 'available: acme/external'] },
  { name: 'unknown task key', task: 'task_num: 5\n', expect: ['cfg/acme/external/task.yaml:1', 'unknown key "task_num"', 'did you mean "task_nums"'] },
  { name: 'task_nums zero', task: 'task_nums: 0\n', expect: ['task.yaml:1', 'task_nums must be ≥ 1'] },
  { name: 'GPU peak not a number', task: 'GPU_NAME: X\nGPU_FP16: fast\n', expect: ['task.yaml:2', 'GPU_FP16', 'TFLOPs'] },
  { name: 'GPUConfig.yaml syntax error', files: { 'cfg/acme/external/GPUConfig.yaml': 'GPU_NAME: "H100\n' }, expect: ['GPUConfig.yaml', 'YAML syntax error'] },
  { name: 'nested unknown key', host: withHost({}, 'load:\n  shape: concurrency\n  concurency: 4\n'), expect: ['host.yaml:10', 'unknown key "load.concurency"', 'did you mean "load.concurrency"'] },
  { name: 'bad enum value', host: withHost({}, 'load:\n  shape: burst\n'), expect: ['host.yaml:9', 'load.shape must be one of auto, offline, concurrency, rate'] },
  { name: 'temperature out of range', task: 'task_nums: 5\nrequest:\n  temperature: 5\n', expect: ['task.yaml:3', 'request.temperature must be ≤ 2'] },
  { name: 'external engine without endpoint', host: withHost({ endpoint: null }), expect: ['host.yaml:3', 'engine "external" needs "endpoint'] },
  { name: 'endpoint is not a URL', host: withHost({ endpoint: 'localhost-8000' }), expect: ['host.yaml:7', 'endpoint'] },
  // Without an endpoint: a named engine given one is reached there, not launched, and needs no model.
  { name: 'vllm without model_path', host: withHost({ engine: 'vllm', endpoint: null }), files: { 'cfg/acme/vllm/task.yaml': TASK }, expect: ['host.yaml', 'missing required key "model_path"'] },
  { name: 'completion template without {article}', host: withHost({}, 'prompt:\n  completion_template: "Summarize:"\n'), expect: ['host.yaml:9', 'prompt.completion_template', '{article}'] },
  { name: '--set without =', args: ['--set', 'task_nums'], expect: ['--set task_nums', 'expected key=value'] },
  { name: '--set unknown key', args: ['--set', 'task_num=3'], expect: ['--set task_num', 'did you mean "task_nums"'] },
  { name: '--set wrong type', args: ['--set', 'load.concurrency=many'], expect: ['--set', 'load.concurrency must be an integer'] },
  { name: 'data_path missing', host: withHost({ data_path: 'missing.jsonl' }), expect: ['data_path missing.jsonl', 'no such file'] },
  { name: 'unknown data format', host: withHost({ data_path: 'data.txt' }), files: { 'data.txt': 'hello' }, expect: ['data.txt', 'unknown data format ".txt"'] },
  { name: 'CSV without summary column', host: withHost({ data_path: 'x.csv' }), files: { 'x.csv': 'id,dialogue\n1,text\n' }, expect: ['x.csv:1', 'lacks column summary'] },
  { name: 'CSV with an unclosed quote', host: withHost({ data_path: 'x.csv' }), files: { 'x.csv': 'id,document,summary\n1,"open quote,s\n2,b,c\n' }, expect: ['x.csv', 'CSV syntax error'] },
  { name: 'JSONL with a broken line', files: { 'data.jsonl': `${ROW('1')}\n${ROW('2')}\n{"id": 3,\n` }, expect: ['data.jsonl:3', 'invalid JSON'] },
  { name: 'JSON that is not a list', host: withHost({ data_path: 'd.json' }), files: { 'd.json': '{"id": 1}' }, expect: ['d.json', 'expected a list'] },
  { name: 'JSONL row that is not an object', files: { 'data.jsonl': `${ROW('1')}\n[1, 2]\n` }, expect: ['data.jsonl:2', 'expected an object'] },
  { name: 'no usable rows', files: { 'data.jsonl': `${ROW('1', '', 'x')}\n${ROW('2', 'doc', '')}\n` }, expect: ['data.jsonl', 'no usable XSum rows', '2 read, 2 unusable'] },
  { name: 'folder without data files', host: withHost({ data_path: 'empty' }), files: { 'empty/readme.md': 'x' }, expect: ['data_path empty', 'no .csv, .jsonl, .json or .summary file'] },
  { name: 'data_path outside the workspace, in a workflow', host: withHost({ data_path: '/etc/passwd' }), env: IN_WORKFLOW, expect: ['host.yaml:7', 'data_path /etc/passwd is outside the workspace', 'in a GitHub workflow (GITHUB_ACTIONS=true)', '--allow-paths-outside-workspace'] },
  { name: 'log_path climbing out of the workspace, in a workflow', host: withHost({ log_path: '../../tmp/x' }), env: IN_WORKFLOW, expect: ['host.yaml:7', 'log_path ../../tmp/x is outside the workspace'] },
  // A person's own CLI run is not contained: the path is read, and refused for what it is, not where it is.
  { name: 'data_path outside the workspace, a person\'s CLI run', host: withHost({ data_path: '/etc/passwd' }), env: { GITHUB_ACTIONS: '' }, expect: ['data_path /etc/passwd: unknown data format'] },
  { name: 'not a .summary file', host: withHost({ data_path: 'raw' }), files: { 'raw/1.summary': 'just text' }, expect: ['raw/1.summary', 'not an XSum .summary file'] },
  // Bounded before anything runs: an 8-line alias bomb took 67 s of CPU and 2.2 GB, ignoring SIGTERM.
  { name: 'YAML alias bomb under request.extra_body', host: withHost({}, `request:\n  extra_body:\n${ALIAS_BOMB}`), expect: ['host.yaml', 'key request.extra_body.f expands to more than 100000 values through YAML aliases'] },
  { name: 'warm-up count past its bound', host: withHost({}, 'load:\n  warmup_requests: 50000000\n'), expect: ['host.yaml:9', 'load.warmup_requests must be ≤ 10000'] },
  { name: 'timeout past what a timer holds', task: 'task_nums: 5\nrequest:\n  timeout_s: 3000000\n', expect: ['task.yaml:3', 'request.timeout_s must be ≤ 2147483'] },
  { name: 'ftp endpoint', host: withHost({ endpoint: 'ftp://127.0.0.1:21/' }), expect: ['host.yaml:7', 'endpoint must be an http:// or https:// URL, got a ftp:// URL'] },
  { name: 'fractional sweep concurrency', host: withHost({}, 'load:\n  shape: concurrency\n  sweep: [1, 2.5]\n'), expect: ['host.yaml:10', 'load.sweep[1] must be a whole number'] },
  { name: 'reserved field in extra_body', host: withHost({}, 'request:\n  extra_body:\n    stream: false\n'), expect: ['host.yaml:10', 'request.extra_body.stream', 'is set by infergate'] },
];

describe('bad configuration and data files', () => {
  it('runs against the built CLI', () => {
    expect(existsSync(BUILT_CLI), 'dist/cli/index.js is missing: run `npm run build`').toBe(true);
  });

  it.concurrent.each(cases)('$name → one line, exit 2', async (testCase) => {
    const files: Record<string, string> = { 'data.jsonl': DATA, 'cfg/acme/external/task.yaml': testCase.task ?? TASK, ...testCase.files };
    if (testCase.host !== undefined || !testCase.args?.includes('--host')) files['host.yaml'] = testCase.host ?? withHost({});
    const cwd = tempTree(files);
    const args = testCase.args?.includes('--host') ? ['run', ...testCase.args] : ['run', '--host', 'host.yaml', ...(testCase.args ?? [])];
    const result = await runCli(args, { cwd, env: testCase.env });
    const lines = result.stderr.trim().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^infergate: /);
    for (const fragment of testCase.expect) expect(lines[0]).toContain(fragment);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(2);
    expect(existsSync(`${cwd}/logs`)).toBe(false);
  });
});

/**
 * Baselines, current results and thresholds files given to `infergate compare`: one line naming the file
 * (and key or line), exit 2. The documents are the gate's fixtures with one thing broken each.
 */
const GATE = (name: string): string => readFileSync(new URL(`../fixtures/gate/${name}`, import.meta.url), 'utf8');
const broken = (mutate: (doc: Record<string, any>) => void): string => {
  const doc = JSON.parse(GATE('baseline.json')) as Record<string, any>;
  mutate(doc);
  return JSON.stringify(doc, null, 2);
};
const historyWith = (mutate: (runs: Array<Record<string, any>>) => void): string => {
  const doc = JSON.parse(GATE('history.json')) as { runs: Array<Record<string, any>> };
  mutate(doc.runs);
  return JSON.stringify(doc, null, 2);
};

interface CompareCase {
  name: string;
  files: Record<string, string>;
  args: string[];
  expect: string[];
}

const compareCases: CompareCase[] = [
  { name: 'baseline cut off mid-file', files: { 'b.json': '{\n  "schema": "infergate/results",\n' }, args: ['--baseline', 'b.json'], expect: ['b.json:', 'not valid JSON'] },
  { name: 'baseline of another tool', files: { 'b.json': '{"schema": "vllm-bench"}' }, args: ['--baseline', 'b.json'], expect: ['b.json', 'not an infergate results document', '"vllm-bench"'] },
  { name: 'baseline from a newer infergate', files: { 'b.json': broken((d) => (d.schema_version = 99)) }, args: ['--baseline', 'b.json'], expect: ['b.json', 'schema_version 99 is not supported'] },
  { name: 'baseline headline value is text', files: { 'b.json': broken((d) => (d.headline.ttft_ms_p99 = 'fast')) }, args: ['--baseline', 'b.json'], expect: ['b.json', 'key headline.ttft_ms_p99', 'expected number'] },
  { name: 'baseline without its environment fingerprint', files: { 'b.json': broken((d) => delete d.environment) }, args: ['--baseline', 'b.json'], expect: ['b.json', 'key environment'] },
  { name: 'baseline history with a broken run', files: { 'h.json': historyWith((runs) => (runs[1]!.status = 'exploded')) }, args: ['--baseline', 'h.json'], expect: ['h.json runs[1]', 'key status'] },
  { name: 'baseline history of an unknown version', files: { 'h.json': JSON.stringify({ schema: 'infergate/history', schema_version: 7, runs: [] }) }, args: ['--baseline', 'h.json'], expect: ['h.json', 'history schema_version 7 is not supported'] },
  { name: 'current results missing', files: {}, args: ['--current', 'gone.json'], expect: ['gone.json', 'file not found'] },
  { name: 'thresholds: warn above fail', files: { 't.yaml': 'metrics:\n  ttft_ms_p99:\n    warn_pct: 20\n    fail_pct: 10\n' }, args: ['--config', 't.yaml'], expect: ['t.yaml:2', 'warn_pct (20) is above fail_pct (10)'] },
  { name: 'thresholds: level is text', files: { 't.yaml': 'metrics:\n  ttft_ms_p99:\n    fail_pct: lots\n' }, args: ['--config', 't.yaml'], expect: ['t.yaml:3', 'metrics.ttft_ms_p99.fail_pct', 'expected number'] },
  { name: 'thresholds: YAML syntax error', files: { 't.yaml': 'metrics: [ttft\n' }, args: ['--config', 't.yaml'], expect: ['t.yaml:2', 'not valid YAML'] },
  { name: 'thresholds: unknown top-level key', files: { 't.yaml': 'metricz:\n  ttft_ms_p99: {}\n' }, args: ['--config', 't.yaml'], expect: ['t.yaml:1', 'metricz'] },
  { name: 'thresholds file missing', files: {}, args: ['--config', 'none.yaml'], expect: ['none.yaml', 'thresholds file not found'] },
  { name: 'baseline with a negative count', files: { 'b.json': broken((d) => (d.headline.failed_requests = -3)) }, args: ['--baseline', 'b.json'], expect: ['b.json', 'key headline.failed_requests cannot be negative, got -3'] },
  { name: 'thresholds naming a metric that does not exist', files: { 't.yaml': 'metrics:\n  ttft_p99:\n    fail_pct: 10\n' }, args: ['--config', 't.yaml'], expect: ['t.yaml:2', 'no headline metric is called "ttft_p99"', 'did you mean "ttft_ms_p99"'] },
  { name: '--last 0 with a history', files: { 'h.json': GATE('history.json') }, args: ['--baseline', 'h.json', '--last', '0'], expect: ['--last', 'whole number of runs ≥ 1', '"0"'] },
];

describe('bad baselines, results and thresholds files (infergate compare)', () => {
  it.concurrent.each(compareCases)('$name → one line, exit 2', async (testCase) => {
    const cwd = tempTree({ 'base.json': GATE('baseline.json'), 'cur.json': GATE('current-pass.json'), ...testCase.files });
    const given = new Set(testCase.args.filter((a) => a.startsWith('--')));
    const args = ['compare', ...(given.has('--baseline') ? [] : ['--baseline', 'base.json']), ...(given.has('--current') ? [] : ['--current', 'cur.json']), ...testCase.args];
    const result = await runCli(args, { cwd });
    const lines = result.stderr.trim().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^infergate: /);
    for (const fragment of testCase.expect) expect(lines[0]).toContain(fragment);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
  });
});

/**
 * Server responses infergate cannot use, from an `external` endpoint: a readiness probe that gets no
 * completion is an engine failure (exit 3) naming the endpoint and what came back; benchmark responses
 * that are not a usable stream fail the run (exit 4) naming the first failed request and why.
 */
interface Reply {
  status: number;
  type: string;
  body: string;
}
const SSE = (...events: unknown[]): string => `${events.map((e) => `data: ${typeof e === 'string' ? e : JSON.stringify(e)}\n\n`).join('')}data: [DONE]\n\n`;
const OK_PROBE: Reply = { status: 200, type: 'application/json', body: JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content: 'Hi' }, finish_reason: 'length' }] }) };
const chunk = (content: string) => ({ id: 'x', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content }, finish_reason: null }] });

interface ServerCase {
  name: string;
  health?: number;
  probe?: Reply;
  stream?: Reply;
  code: 3 | 4;
  expect: Array<string | RegExp>;
}

const serverCases: ServerCase[] = [
  { name: 'probe answered with an HTML page', probe: { status: 200, type: 'text/html', body: '<html><body>Welcome to nginx!</body></html>' }, code: 3, expect: ['external engine at http://127.0.0.1:', 'POST /v1/chat/completions answered 200 without a completion: <html><body>Welcome to nginx!'] },
  { name: 'model not served (404)', probe: { status: 404, type: 'application/json', body: '{"error":{"message":"The model `model` does not exist."}}' }, code: 3, expect: ['POST /v1/chat/completions for model "model" answered 404', 'does not exist'] },
  // The message says what the server answered meanwhile (it said only "not ready after 1 s").
  { name: 'health never answers 200', health: 503, code: 3, expect: [/external engine at http:\/\/127\.0\.0\.1:\d+: not ready after 5 s; readiness requests: GET \/health → 503 ×\d+ \(last: "/] },
  { name: 'stream request answered with plain JSON', stream: OK_PROBE, code: 4, expect: ['all 2 measured requests failed; first: request 1 ('] },
  { name: 'stream whose events are not JSON', stream: { status: 200, type: 'text/event-stream', body: SSE('{"choices": [', chunk('x')) }, code: 4, expect: ['all 2 measured requests failed; first: request 1 (malformed_event)'] },
  { name: 'stream with an error event', stream: { status: 200, type: 'text/event-stream', body: SSE(chunk('The'), { error: { message: 'CUDA error: device-side assert', code: 500 } }) }, code: 4, expect: ['first: request 1 (server_error_event)', 'CUDA error'] },
  { name: 'stream without any text', stream: { status: 200, type: 'text/event-stream', body: SSE({ id: 'x', choices: [{ index: 0, delta: { role: 'assistant' }, finish_reason: 'stop' }] }) }, code: 4, expect: ['first: request 1 (no_text)'] },
  { name: 'every request refused with 400', stream: { status: 400, type: 'application/json', body: '{"error":{"message":"max_tokens is too large"}}' }, code: 4, expect: ['first: request 1 (http_status): HTTP 400', 'max_tokens is too large'] },
];

function startReplyServer(testCase: ServerCase): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const send = (reply: Reply) => res.writeHead(reply.status, { 'content-type': reply.type }).end(reply.body);
      if (req.method === 'GET') return send({ status: req.url === '/health' ? (testCase.health ?? 200) : 404, type: 'application/json', body: '{}' });
      const body = JSON.parse(raw || '{}') as { stream?: boolean };
      if (body.stream !== true) return send(testCase.probe ?? OK_PROBE);
      return send(testCase.stream ?? { status: 200, type: 'text/event-stream', body: SSE(chunk('A summary.')) });
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() })));
}

describe('server responses infergate cannot use (engine external)', () => {
  it.concurrent.each(serverCases)('$name → one line, exit $code', async (testCase) => {
    const server = await startReplyServer(testCase);
    try {
      // Only the case about the deadline waits it out; a server that answers gets a deadline no loaded
      // machine reaches (1 s once failed these cases under load: "not ready after 1 s"). The deadline case
      // must see at least one 503 answered before it: 1 s once saw none beside a loaded suite (load 8),
      // so it waits 5 s, in which the probe's first answer arrives even on a starved machine.
      const startupTimeoutS = testCase.health !== undefined ? 5 : 600;
      const host = withHost({ endpoint: server.url }, `model_name: model\nengine_options:\n  startup_timeout_s: ${startupTimeoutS}\ntelemetry:\n  enabled: false\n`);
      const cwd = tempTree({ 'host.yaml': host, 'data.jsonl': DATA, 'cfg/acme/external/task.yaml': 'GPU_NAME: H100-SXM\nGPU_FP16: 989\ntask_nums: 2\n' });
      const result = await runCli(['run', '--host', 'host.yaml'], { cwd });
      const lines = result.stderr.split('\n').filter((line) => line.startsWith('infergate: '));
      expect(lines, result.stderr).toHaveLength(1);
      for (const fragment of testCase.expect) {
        if (typeof fragment === 'string') expect(lines[0]).toContain(fragment);
        else expect(lines[0]).toMatch(fragment);
      }
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.code).toBe(testCase.code);
    } finally {
      server.close();
    }
  });
});
