import { existsSync } from 'node:fs';
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
  /** Every fragment must appear in the one error line. */
  expect: string[];
}

const withHost = (replace: Record<string, string | null>, extra = ''): string => {
  const lines = HOST.split('\n').filter((line) => !(line.split(':')[0]! in replace));
  for (const [key, value] of Object.entries(replace)) if (value !== null) lines.push(`${key}: ${value}`);
  return `${lines.join('\n')}\n${extra}`;
};

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
  { name: 'bad enum value', host: withHost({}, 'load:\n  shape: burst\n'), expect: ['host.yaml:9', 'load.shape must be one of offline, concurrency, rate'] },
  { name: 'temperature out of range', task: 'task_nums: 5\nrequest:\n  temperature: 5\n', expect: ['task.yaml:3', 'request.temperature must be ≤ 2'] },
  { name: 'external engine without endpoint', host: withHost({ endpoint: null }), expect: ['host.yaml:3', 'engine "external" needs "endpoint'] },
  { name: 'endpoint is not a URL', host: withHost({ endpoint: 'localhost-8000' }), expect: ['host.yaml:7', 'endpoint'] },
  { name: 'vllm without model_path', host: withHost({ engine: 'vllm' }), files: { 'cfg/acme/vllm/task.yaml': TASK }, expect: ['host.yaml', 'missing required key "model_path"'] },
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
  { name: 'not a .summary file', host: withHost({ data_path: 'raw' }), files: { 'raw/1.summary': 'just text' }, expect: ['raw/1.summary', 'not an XSum .summary file'] },
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
    const result = await runCli(args, { cwd });
    const lines = result.stderr.trim().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^infergate: /);
    for (const fragment of testCase.expect) expect(lines[0]).toContain(fragment);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(2);
    expect(existsSync(`${cwd}/logs`)).toBe(false);
  });
});
