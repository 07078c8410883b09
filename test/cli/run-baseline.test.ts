import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/cli/actions/run.js';
import { runCli } from '../../src/cli/program.js';
import { readComparisonFile } from '../../src/gate/comparison-file.js';
import { builtInDirection } from '../../src/gate/metric-directions.js';
import { startScriptedServer, type ScriptedServer } from '../support/scripted-server.js';
import { tempTree } from '../support/temp-tree.js';
import { TINY_MODEL_CONFIG } from '../support/tiny-model-config.js';

/**
 * `infergate run --baseline FILE` gates the run it just measured with the action's own decision
 * (pipeline/gate-step.ts): comparison.json in the run folder, the report drawn with it, exit 1 on a
 * regression. The baselines are the run's own results.json with every judged figure moved one way, so the
 * verdict does not depend on how fast this machine happened to be.
 */
describe('infergate run --baseline', () => {
  let server: ScriptedServer;
  let cwd: string;
  const home = process.cwd();
  let err = '';

  beforeAll(async () => {
    server = await startScriptedServer({ shape: 'vllm', model: 'scripted', defaults: { tokens: 8, ttft_ms: 5, itl_ms: 2 } });
    const data = readFileSync(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url), 'utf8');
    cwd = tempTree({
      'host.yaml': ['model_path: model', 'data_path: xsum.jsonl', 'log_path: log', 'engine: external', 'gpu_nums: 1', 'vendor: acme', 'config_path: configs', `endpoint: ${server.url}`, 'model_name: scripted'].join('\n'),
      'configs/acme/external/task.yaml': 'task_nums: 8\nload:\n  shape: concurrency\n  concurrency: 4\n',
      'model/config.json': JSON.stringify(TINY_MODEL_CONFIG),
      'xsum.jsonl': data,
    });
  });
  afterAll(async () => {
    process.chdir(home);
    await server?.close();
  });
  beforeEach(() => {
    err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  });
  afterEach(() => {
    process.chdir(home);
    vi.restoreAllMocks();
  });

  /**
   * The run's results.json with each judged timing and rate moved by `good` (a latency multiplied by it, a
   * rate divided): below 1 the baseline was better. The factors used (1000 either way) are far beyond what
   * a loaded machine moves between two runs. Every other judged figure (fractions, FLOP rates) is left out
   * of the baseline (null: "missing", not judged), so nothing else can decide the verdict.
   */
  function shiftedBaseline(runDir: string, name: string, good: number): string {
    const doc = JSON.parse(readFileSync(join(runDir, 'results.json'), 'utf8')) as { run_id: string; headline: Record<string, number | null> };
    for (const [key, value] of Object.entries(doc.headline)) {
      const direction = builtInDirection(key);
      if (typeof value !== 'number' || direction === 'neutral') continue;
      if (!/_ms_|_rps$|_tps$|^duration_s$/.test(key)) doc.headline[key] = null;
      else doc.headline[key] = direction === 'lower' ? value * good : value / good;
    }
    doc.run_id = `baseline-${name}`;
    const file = join(cwd, `${name}.json`);
    writeFileSync(file, JSON.stringify(doc));
    return file;
  }

  async function run(out: string, extra: { baseline?: string; thresholds?: string } = {}): Promise<number> {
    process.chdir(cwd);
    return runCommand({ host: 'host.yaml', out, ...extra });
  }

  it('exits 1 on a regression, with comparison.json and the report drawn from the same decision as `compare`', async () => {
    expect(await run('first')).toBe(0);
    // The baseline was a thousand times as good on every judged timing and rate: this run regressed.
    const baseline = shiftedBaseline(join(cwd, 'first'), 'better', 0.001);
    expect(await run('gated', { baseline })).toBe(1);
    const comparison = readComparisonFile(join(cwd, 'gated', 'comparison.json'));
    expect(comparison.verdict).toBe('fail');
    expect(comparison.regressed.length).toBeGreaterThan(0);
    expect(err).toMatch(/verdict: ❌ fail/);
    expect(readFileSync(join(cwd, 'gated', 'report.html'), 'utf8')).toContain('data-verdict="fail"');
    // `infergate compare` on the same two files decides the same and exits the same.
    process.chdir(cwd);
    expect(await runCli(['compare', '--baseline', baseline, '--current', join('gated', 'results.json')])).toBe(1);
  }, 120_000);

  it('exits 0 when the run is no worse than the baseline, and refuses --thresholds without --baseline', async () => {
    expect(await run('first-pass')).toBe(0);
    const baseline = shiftedBaseline(join(cwd, 'first-pass'), 'worse', 1000);
    expect(await run('gated-pass', { baseline })).toBe(0);
    expect(readComparisonFile(join(cwd, 'gated-pass', 'comparison.json')).verdict).toBe('pass');
    await expect(run('never', { thresholds: 'thresholds.yaml' })).rejects.toThrow('--thresholds: applies to the gate, which runs only with --baseline <file>');
    expect(existsSync(join(cwd, 'never'))).toBe(false);
  }, 120_000);

  it('refuses an unreadable baseline before the engine is started (exit 2, no run folder)', async () => {
    process.chdir(cwd);
    expect(await runCli(['run', '--host', 'host.yaml', '--out', 'bad', '--baseline', 'missing.json'])).toBe(2);
    expect(err).toContain('missing.json');
    expect(existsSync(join(cwd, 'bad'))).toBe(false);
    // A noise profile is read before the run too, and only with --baseline.
    writeFileSync(join(cwd, 'profile.json'), '{"schema": "something else"}');
    err = '';
    expect(await runCli(['run', '--host', 'host.yaml', '--out', 'bad', '--baseline', join(home, 'test/fixtures/gate/baseline.json'), '--noise-profile', 'profile.json'])).toBe(2);
    expect(err).toContain('profile.json');
    expect(existsSync(join(cwd, 'bad'))).toBe(false);
    expect(await runCli(['run', '--host', 'host.yaml', '--out', 'bad', '--noise-profile', 'profile.json'])).toBe(2);
    expect(err).toContain('--noise-profile: applies to the gate, which runs only with --baseline <file>');
  });
});
