import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TIMER_S } from '../../src/config/bounds.js';
import { loadConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/util/errors.js';
import { tempTree } from '../support/temp-tree.js';

/**
 * Inputs that could exhaust the runner or silently change what is measured are refused with the
 * configuration: one InputError (exit 2) naming the file, line or key, before anything runs.
 */
const HOST = 'engine: external\nvendor: acme\nconfig_path: CFG\nendpoint: http://127.0.0.1:9\n';

function load(hostExtra: string, taskYaml = 'task_nums: 5\n', sets: string[] = []) {
  const dir = tempTree({ 'host.yaml': HOST + hostExtra, 'cfg/acme/external/task.yaml': taskYaml });
  return { dir, run: () => loadConfig(join(dir, 'host.yaml'), [`config_path=${dir}/cfg`, ...sets], { allowPathsOutsideWorkspace: true }) };
}

function errorOf(hostExtra: string, taskYaml?: string, sets?: string[]): string {
  const { run } = load(hostExtra, taskYaml, sets);
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  throw new Error('expected an InputError');
}

describe('YAML alias expansion', () => {
  // 9^7 ≈ 4.8 million strings from 8 lines: 67 s of CPU and 2.2 GB before this check.
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...['b', 'c', 'd', 'e', 'f', 'g'].map((k, i) => {
    const prev = 'abcdef'[i];
    return `${k}: &${k} [${Array(9).fill(`*${prev}`).join(',')}]`;
  })];

  it('an alias bomb under request.extra_body is refused at once, naming the file and key', () => {
    const extra = `request:\n  extra_body:\n${bomb.map((line) => `    ${line}`).join('\n')}\n`;
    const started = process.cpuUsage();
    const message = errorOf(extra);
    const cpuMs = (process.cpuUsage(started).user + process.cpuUsage(started).system) / 1000;
    expect(message).toMatch(/host\.yaml: key request\.extra_body\.f expands to more than 100000 values through YAML aliases/);
    // CPU time, not wall time: the old code spent over a minute here; the walk costs milliseconds.
    expect(cpuMs).toBeLessThan(5_000);
  });

  it('an alias bomb in task.yaml is refused naming task.yaml', () => {
    expect(errorOf('', `task_nums: 5\n${bomb.join('\n')}\n`)).toMatch(/cfg\/acme\/external\/task\.yaml: key f expands/);
  });

  it('an anchor that contains itself is refused', () => {
    expect(errorOf('request:\n  extra_body: &loop\n    again: *loop\n')).toMatch(/host\.yaml: key request\.extra_body(\.again)? refers to itself through a YAML alias/);
  });

  it('an alias bomb in a --set value is refused naming the key', () => {
    const value = `{a: &a [x,x,x,x,x,x,x,x,x,x], b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a], c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b], d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c], e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]}`;
    expect(errorOf('', undefined, [`request.extra_body=${value}`])).toMatch(/^--set request\.extra_body: key e expands/);
  });

  it('ordinary aliases (a shared header block) still load', () => {
    const { run } = load('request:\n  headers: &h\n    X-Team: bench\n  extra_body:\n    tags: &t [a, b]\n    more: *t\n');
    expect(run().request.extra_body).toEqual({ tags: ['a', 'b'], more: ['a', 'b'] });
  });
});

describe('durations a timer can hold', () => {
  it.each([
    ['request:\n  timeout_s: 3000000\n', 'request.timeout_s'],
    ['engine_options:\n  startup_timeout_s: 2147484\n', 'engine_options.startup_timeout_s'],
    ['load:\n  time_budget_s: 1e9\n', 'load.time_budget_s'],
    ['telemetry:\n  interval_ms: 2147483648\n', 'telemetry.interval_ms'],
  ])('%s is refused naming the key', (extra, key) => {
    expect(errorOf(extra)).toMatch(new RegExp(`host\\.yaml:\\d+: ${key.replace('.', '\\.')} must be ≤ \\d+`));
  });

  it('the longest timeout Node can hold is accepted', () => {
    const { run } = load(`request:\n  timeout_s: ${MAX_TIMER_S}\n`);
    expect(run().request.timeout_s).toBe(MAX_TIMER_S);
    expect(MAX_TIMER_S * 1000).toBeLessThanOrEqual(2 ** 31 - 1);
  });
});

describe('counts', () => {
  it.each([
    ['load:\n  warmup_requests: 50000000\n', 'host.yaml:6: load.warmup_requests must be ≤ 10000'],
    ['load:\n  concurrency: 1000000\n', 'host.yaml:6: load.concurrency must be ≤ 10000'],
    ['load:\n  max_concurrency: 1000000\n', 'host.yaml:6: load.max_concurrency must be ≤ 10000'],
    ['load:\n  repeat: 1000\n', 'host.yaml:6: load.repeat must be ≤ 100'],
    ['load:\n  rate: 1e12\n', 'host.yaml:6: load.rate must be ≤ 1000000'],
    [`load:\n  shape: rate\n  sweep: [${Array(65).fill(1).join(',')}]\n`, 'host.yaml:7: load.sweep must be ≤ 64'],
    [`percentiles: [${Array(33).fill(50).join(',')}]\n`, 'host.yaml:5: percentiles must be ≤ 32'],
  ])('%s → %s', (extra, expected) => {
    expect(errorOf(extra)).toContain(expected);
  });

  it('task_nums beyond its bound is refused naming task.yaml', () => {
    expect(errorOf('', 'task_nums: 100000000\n')).toContain('task.yaml:1: task_nums must be ≤ 10000000');
  });
});

describe('load shape, checked with the configuration', () => {
  it('a fractional concurrency in a sweep is one line naming the key', () => {
    expect(errorOf('load:\n  shape: concurrency\n  sweep: [1, 2.5, 4]\n')).toMatch(
      /host\.yaml:7: load\.sweep\[1\] must be a whole number of requests in flight from 1 to 10000 with load\.shape concurrency, got 2\.5$/,
    );
  });

  it('names task.yaml when the sweep is written there, and --set when given there', () => {
    expect(errorOf('load:\n  shape: concurrency\n', 'task_nums: 5\nload:\n  sweep: [0.5]\n')).toMatch(/task\.yaml:3: load\.sweep\[0\]/);
    expect(errorOf('load:\n  shape: concurrency\n', undefined, ['load.sweep=[3.5]'])).toMatch(/^--set: load\.sweep\[0\]/);
  });

  it('a sweep with the offline shape is refused instead of ignored', () => {
    expect(errorOf('load:\n  shape: offline\n  sweep: [1, 2]\n')).toMatch(/host\.yaml:7: load\.sweep needs load\.shape concurrency or rate/);
    // Without a shape (auto) a sweep is one of concurrencies, checked as such.
    expect(errorOf('load:\n  sweep: [1, 2.5]\n')).toMatch(/host\.yaml:6: load\.sweep\[1\] must be a whole number of requests in flight from 1 to 10000 with load\.shape auto \(a sweep of concurrencies\), got 2\.5$/);
  });

  it('a rate sweep may hold fractional rates', () => {
    const { run } = load('load:\n  shape: rate\n  sweep: [0.5, 2.5]\n');
    expect(run().load.sweep).toEqual([0.5, 2.5]);
  });
});

describe('reserved request fields in extra_body', () => {
  it.each([
    ['messages', '[{role: user, content: hi}]', 'the prompt comes from the dataset'],
    ['model', 'other', 'set model_name instead'],
    ['max_tokens', '5', 'set request.max_tokens instead'],
    ['stream', 'false', 'every request streams'],
    ['temperature', '1', 'set request.temperature instead'],
  ])('extra_body.%s is refused with the setting to use', (field, value, hint) => {
    const message = errorOf(`request:\n  extra_body:\n    ignore_eos: true\n    ${field}: ${value}\n`);
    expect(message).toContain(`host.yaml:8: request.extra_body.${field}: "${field}" is set by infergate and cannot be overridden in extra_body: ${hint}`);
  });

  it('engine switches pass', () => {
    const { run } = load('request:\n  extra_body:\n    ignore_eos: true\n    top_k: 1\n');
    expect(run().request.extra_body).toEqual({ ignore_eos: true, top_k: 1 });
  });
});

describe('endpoint URLs', () => {
  it('an ftp:// endpoint is refused instead of waited on', () => {
    expect(errorOf('', undefined, ['endpoint=ftp://127.0.0.1:21/'])).toBe('--set: endpoint must be an http:// or https:// URL, got a ftp:// URL');
  });

  it('an endpoint in host.yaml names its line', () => {
    const dir = tempTree({ 'host.yaml': HOST.replace('http://127.0.0.1:9', 'file:///tmp/sock'), 'cfg/acme/external/task.yaml': 'task_nums: 1\n' });
    expect(() => loadConfig(join(dir, 'host.yaml'), [`config_path=${dir}/cfg`], { allowPathsOutsideWorkspace: true })).toThrow(
      /host\.yaml:4: endpoint must be an http:\/\/ or https:\/\/ URL, got a file:\/\/ URL/,
    );
  });

  it('user:password@ is refused without repeating the password', () => {
    const message = errorOf('', undefined, ['endpoint=http://alice:s3cr3t-pw@127.0.0.1:8000/v1']);
    expect(message).toContain('endpoint http://***@127.0.0.1:8000/v1 carries a user name or password');
    expect(message).toContain('request.headers');
    expect(message).not.toContain('s3cr3t-pw');
    expect(message).not.toContain('alice');
  });
});

describe('credentials in a URL that is not even valid', () => {
  it('the schema error does not repeat them either', () => {
    const message = errorOf('', undefined, ['endpoint=http://alice:s3cr3t-pw@bad host:8000']);
    expect(message).toContain('//***@');
    expect(message).not.toContain('s3cr3t-pw');
  });
});
