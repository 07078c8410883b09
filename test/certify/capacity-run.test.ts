import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBenchmark } from '../../src/pipeline/run-benchmark.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';

/**
 * A run under a capacity profile drives the search with real load passes against the scripted server and
 * reports capacity_rps with its search in results.json. The SLOs are chosen so the outcome does not depend
 * on this machine's speed: one no server can meet (p99 TTFT ≤ 0.0001 ms), one any can (≤ 10⁹ ms). How
 * close the search lands to a known capacity is test/certify/capacity-search.test.ts's job.
 */
const quiet = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

function capacityProfile(name: string, ttftMs: number): string {
  return [`name: ${name}`, 'version: 1', 'description: capacity test', 'dataset: { checksum: null }', 'settings: { task_nums: 4 }', 'criteria: {}',
    `capacity: { low: 20, high: 40, tolerance: 0.05, repeats: 1, slo: { ttft_ms_p99: ${ttftMs} } }`].join('\n');
}

describe('a run under a capacity profile', () => {
  let server: ScriptedServer;
  let cwd: string;
  const previousCwd = process.cwd();
  const run = async (profile: string, out: string) => {
    await runBenchmark({ hostPath: 'host.yaml', overrides: [], outDir: out, profile }, { log: quiet as never, printLine: () => {} });
    return JSON.parse(readFileSync(join(cwd, out, 'results.json'), 'utf8'));
  };
  const steps = (out: string) => readFileSync(join(cwd, out, 'requests.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { step: number }).step);

  beforeAll(async () => {
    server = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: { tokens: 3, ttft_ms: 1, itl_ms: 1 } });
    cwd = tempTree({
      'host.yaml': ['model_path: model', 'data_path: xsum.jsonl', 'log_path: log', 'engine: external', 'vendor: acme', 'config_path: configs', `endpoint: ${server.url}`, 'model_name: scripted', 'telemetry: { enabled: false }'].join('\n'),
      // About the capacity search's probes, not the warm-up: off, so each probe's step holds its own requests only.
      'configs/acme/external/task.yaml': 'task_nums: 4\nload:\n  warmup_requests: 0\n',
      'xsum.jsonl': readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8'),
      'configs/profiles/cap-never-v1.yaml': capacityProfile('cap-never', 0.0001),
      'configs/profiles/cap-always-v1.yaml': capacityProfile('cap-always', 1e9),
    });
    process.chdir(cwd);
  });

  afterAll(async () => {
    process.chdir(previousCwd);
    await server?.close();
  });

  it('an SLO met at every rate tried: capacity is at least the highest rate, each probe a step of requests.jsonl', async () => {
    const results = await run('cap-always-v1', 'always');
    expect(results.headline.capacity_rps).toBe(40);
    expect(results.metrics.capacity).toMatchObject({ capacity_rps: 40, interval: { low: 40, high: null }, note: 'the SLO is still met at the highest rate tried, 40 requests/s: capacity is at least that' });
    expect(results.metrics.capacity.probes.map((p: { rate: number; met: boolean }) => [p.rate, p.met])).toEqual([[20, true], [40, true]]);
    expect(steps('always')).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(results.headline.completed_requests).toBe(4);
  });

  it('an SLO no rate meets: no capacity, and a sentence saying why', async () => {
    const results = await run('cap-never-v1', 'never');
    expect(results.headline.capacity_rps).toBeNull();
    expect(results.metrics.capacity).toMatchObject({ capacity_rps: null, note: 'even the lowest rate, 20 requests/s, misses the SLO' });
    expect(steps('never')).toEqual([0, 0, 0, 0]);
  });
});
