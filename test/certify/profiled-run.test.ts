import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/certify/load-profile.js';
import { runBenchmark, type RunOutcome } from '../../src/pipeline/run-benchmark.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';

/**
 * Runs under the demo profile (50 shipped rows with a pinned checksum) against the scripted server,
 * in-process: the run as the profile defines it is certified; a --set that changes a fixed setting, or a
 * dataset that is not the profile's slice, makes the same run "not certified" with the reason.
 */
const warnings: string[] = [];
const quiet = { info: () => {}, warn: (line: string) => warnings.push(line), error: () => {}, debug: () => {} };

describe('a run under a benchmark profile', () => {
  let server: ScriptedServer;
  let cwd: string;
  const previousCwd = process.cwd();
  const run = (overrides: string[], out: string, host = 'host.yaml'): Promise<RunOutcome> =>
    runBenchmark({ hostPath: host, overrides, outDir: out, profile: 'xsum-demo-v1' }, { log: quiet as never, printLine: () => {} });

  beforeAll(async () => {
    server = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: { tokens: 4, ttft_ms: 1, itl_ms: 1 } });
    const data = readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8');
    const host = (dataPath: string) => ['model_path: model', `data_path: ${dataPath}`, 'log_path: log', 'engine: external', 'vendor: acme', 'config_path: configs', `endpoint: ${server.url}`, 'model_name: scripted', 'telemetry: { enabled: false }'].join('\n');
    cwd = tempTree({
      'host.yaml': host('xsum.jsonl'),
      'other.yaml': host('other.jsonl'),
      // The vendor's task.yaml asks for other settings: the profile's win without making the run uncertified.
      'configs/acme/external/task.yaml': 'task_nums: 10\nload:\n  shape: concurrency\n  concurrency: 8\n',
      'xsum.jsonl': data,
      'other.jsonl': data.split('\n').reverse().join('\n'),
    });
    process.chdir(cwd);
  });

  afterAll(async () => {
    process.chdir(previousCwd);
    await server?.close();
  });

  it('as defined: certified, the profile in the fingerprint, the task.yaml settings replaced by the profile', async () => {
    const outcome = await run([], 'as-defined');
    const profile = loadProfile('xsum-demo-v1');
    const results = JSON.parse(readFileSync(join(cwd, 'as-defined', 'results.json'), 'utf8'));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.config.task_nums).toBe(50);
    expect(outcome.config.load.concurrency).toBe(2);
    expect(results.environment.profile).toBe(`xsum-demo-v1@${profile.hash}`);
    expect(results.certification).toMatchObject({ profile: 'xsum-demo-v1', profile_hash: profile.hash, certified: true, not_certified_reasons: [] });
    expect(results.certification.criteria.map((c: { status: string }) => c.status)).toEqual(['pass', 'pass', 'pass']);
  });

  it('an override that changes the definition: "not certified", saying which setting and which --set', async () => {
    await run(['load.concurrency=4', 'request.max_tokens=64'], 'overridden');
    const results = JSON.parse(readFileSync(join(cwd, 'overridden', 'results.json'), 'utf8'));
    expect(results.certification.certified).toBe(false);
    expect(results.certification.not_certified_reasons).toEqual(['load.concurrency is 4 where profile xsum-demo-v1 fixes 2 (--set load.concurrency=4)']);
    // The run says so in its log too (and in the job summary: test/report/certification-markdown.test.ts).
    expect(warnings).toContain('not certified under profile xsum-demo-v1: load.concurrency is 4 where profile xsum-demo-v1 fixes 2 (--set load.concurrency=4)');
  });

  it('another dataset slice (same rows, other order): "not certified", naming both checksums', async () => {
    await run([], 'other-data', 'other.yaml');
    const results = JSON.parse(readFileSync(join(cwd, 'other-data', 'results.json'), 'utf8'));
    expect(results.certification.certified).toBe(false);
    expect(results.certification.not_certified_reasons[0]).toMatch(/^the dataset slice's checksum sha256:[0-9a-f]{64} differs from profile xsum-demo-v1's sha256:446ef59d/);
  });
});
