import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNoiseProfile } from '../../src/gate/noise-profile.js';
import { runCalibration } from '../../src/pipeline/calibrate.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';

const silent = { info: () => undefined, warn: () => undefined };

function tree(server: ScriptedServer): string {
  const data = readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8');
  const root = tempTree({ 'xsum.jsonl': data, 'configs/acme/vllm/task.yaml': 'task_nums: 6\nload:\n  shape: concurrency\n  concurrency: 2\n' });
  const host = [`data_path: ${join(root, 'xsum.jsonl')}`, `log_path: ${join(root, 'log')}`, 'vendor: acme', `config_path: ${join(root, 'configs')}`, `endpoint: ${server.url}`, 'engine: vllm', 'model_name: scripted', 'telemetry:', '  enabled: false'];
  writeFileSync(join(root, 'host.yaml'), host.join('\n'));
  return root;
}

describe('infergate calibrate (runCalibration)', () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: { tokens: 4, ttft_ms: 2, itl_ms: 1 } });
  });
  afterAll(async () => server?.close());

  it('runs the configuration k times and writes a profile keyed by the fingerprint, with each gated metric\'s spread', async () => {
    const root = tree(server);
    const profilePath = join(root, 'noise-profile.json');
    const outcome = await runCalibration({ run: { hostPath: join(root, 'host.yaml'), overrides: [], allowPathsOutsideWorkspace: true }, runs: 5, profilePath }, { log: silent, printLine: () => undefined });
    expect(outcome.error).toBeNull();
    expect(outcome.runDirs).toHaveLength(5);
    expect(new Set(outcome.runDirs).size).toBe(5);
    // Each run's results.json carries its per-request samples, in send order, for the gate.
    const results = JSON.parse(readFileSync(join(outcome.runDirs[0]!, 'results.json'), 'utf8')) as { request_samples?: { ttft_ms: number[]; tpot_ms: number[]; e2el_ms: number[] } };
    expect(results.request_samples?.ttft_ms).toHaveLength(6);
    expect(results.request_samples?.e2el_ms).toHaveLength(6);
    const profile = readNoiseProfile(profilePath);
    expect(profile).toMatchObject({ schema: 'infergate/noise-profile', runs: 5, fingerprint: { engine: 'vllm', model: 'scripted', load_shape: expect.stringContaining('concurrency') } });
    expect(profile.run_ids).toHaveLength(5);
    for (const name of ['ttft_ms_p50', 'throughput_rps', 'e2el_ms_p50']) expect(profile.metrics[name]!.sd_log).toBeGreaterThanOrEqual(0);
  });

  it('refuses fewer than 5 runs before running anything, and stops on a run that fails, writing no profile', async () => {
    const root = tree(server);
    const plan = { hostPath: join(root, 'host.yaml'), overrides: [], allowPathsOutsideWorkspace: true };
    await expect(runCalibration({ run: plan, runs: 3, profilePath: join(root, 'p.json') }, { log: silent, printLine: () => undefined })).rejects.toThrow(/--runs: expected a whole number ≥ 5/);
    const failing = await runCalibration(
      { run: { ...plan, overrides: ['endpoint=http://127.0.0.1:9/', 'engine_options.startup_timeout_s=1'] }, runs: 5, profilePath: join(root, 'p.json') },
      { log: silent, printLine: () => undefined },
    );
    expect(failing.profile).toBeNull();
    expect(failing.exitCode).not.toBe(0);
    expect(failing.runDirs.length).toBe(1);
    expect(() => readNoiseProfile(join(root, 'p.json'))).toThrow(/p\.json: file not found/);
  });

  it('reads a bad profile as bad input naming the file and key', () => {
    const root = tempTree({ 'bad.json': JSON.stringify({ schema: 'infergate/noise-profile', schema_version: 1, created_at: 'x', fingerprint: {}, runs: 1, run_ids: [], metrics: {} }) });
    expect(() => readNoiseProfile(join(root, 'bad.json'))).toThrow(/bad\.json: key runs: /);
  });
});
