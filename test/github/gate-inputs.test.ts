import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readResultsFile } from '../../src/run-folder/results-file.js';
import { readGateInputs } from '../../src/action/inputs.js';
import { readRunContext } from '../../src/github/run-context.js';
import { runGateStep } from '../../src/pipeline/gate-step.js';
import { FakeArtifactClient } from './fake-artifact-client.js';
import { makeGitHubEnv } from './github-env.js';
import { MockGitHubApi } from './mock-github-api.js';

const api = new MockGitHubApi();
const work = mkdtempSync(join(tmpdir(), 'ig-inputs-'));
const saved = { ...process.env };
beforeAll(async () => {
  await api.start();
  process.env.GITHUB_STEP_SUMMARY = join(work, 'summary.md');
  process.env.GITHUB_OUTPUT = join(work, 'output.txt');
});
afterAll(() => api.stop());
beforeEach(() => {
  writeFileSync(join(work, 'summary.md'), '');
  writeFileSync(join(work, 'output.txt'), '');
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_') && !(key in saved)) delete process.env[key];
});

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
}

describe('gate inputs (INPUT_* variables)', () => {
  it('reads the baseline sources in the default order and the other settings', () => {
    setInputs({ 'baseline-file': 'bench/b.json', 'baseline-workflow': 'nightly.yml', 'baseline-artifact': 'art', 'baseline-history': 'bench/h.json', 'history-keep': '7', comment: 'false' });
    const inputs = readGateInputs();
    expect(inputs.baselineSources).toEqual([
      { kind: 'history', path: 'bench/h.json', last: 7 },
      { kind: 'artifact', workflow: 'nightly.yml', artifactName: 'art' },
      { kind: 'file', path: 'bench/b.json' },
    ]);
    expect(inputs).toMatchObject({ mode: 'run', comment: false, history: { path: 'bench/h.json', keep: 7 }, allowForkOnSelfHosted: false, artifactName: 'infergate-run' });
  });

  it('rejects bad inputs with one sentence naming the input', () => {
    setInputs({ comment: 'maybe' });
    expect(() => readGateInputs()).toThrow('input comment: expected true or false, got "maybe"');
    setInputs({ comment: 'true', 'baseline-workflow': 'n.yml' });
    expect(() => readGateInputs()).toThrow(/baseline-workflow needs baseline-artifact/);
    setInputs({ 'baseline-artifact': 'a', 'baseline-order': 'file,cache' });
    expect(() => readGateInputs()).toThrow(/unknown source "cache"/);
    setInputs({ 'baseline-order': 'file', mode: 'calibrate', 'calibrate-runs': '7', 'noise-profile': 'bench/noise.json' });
    expect(readGateInputs()).toMatchObject({ mode: 'calibrate', calibration: { runs: 7, profilePath: 'bench/noise.json' } });
    setInputs({ mode: 'calibrat' });
    expect(() => readGateInputs()).toThrow('input mode: expected run, aggregate, fork-comment, calibrate or ab, got "calibrat"');
    setInputs({ mode: 'run', 'on-mismatch': 'ignore' });
    expect(() => readGateInputs()).toThrow('input on-mismatch: expected pass, warn, fail, got "ignore"');
  });

  it('on-mismatch: a baseline from another environment is not compared, warns by default, and fails the step with on-mismatch: fail', async () => {
    const dir = mkdtempSync(join(work, 'run-'));
    cpSync('test/fixtures/gate/current-pass.json', join(dir, 'results.json'));
    const baseline = JSON.parse(readFileSync('test/fixtures/gate/baseline.json', 'utf8')) as { environment: Record<string, unknown> };
    baseline.environment.model = 'another/model';
    writeFileSync(join(dir, 'baseline-elsewhere.json'), JSON.stringify(baseline));
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const step = () => runGateStep({ ...readGateInputs(), current: readResultsFile(join(dir, 'results.json')), runDir: dir, artifactName: null, ctx: readRunContext(makeGitHubEnv({ apiUrl: api.url, event: 'push' }).env) });
    setInputs({ 'baseline-file': join(dir, 'baseline-elsewhere.json'), 'update-baseline-file': 'false', comment: 'false' });
    const warned = await step();
    expect(warned.comparison.verdict).toBe('not-compared');
    expect(warned.exitCode).toBe(0);
    expect(written.join('')).toMatch(/::warning title=infergate%3A baseline not comparable::not compared: the baseline ran on another environment \(model differs\); on-mismatch: warn/);
    setInputs({ 'on-mismatch': 'fail' });
    const failed = await step();
    expect(failed.exitCode).toBe(1);
    expect(written.join('')).toMatch(/::error title=infergate%3A baseline not comparable::.*on-mismatch: fail/);
  });

  it('accepts mode ab and names it among the modes when refusing another', () => {
    setInputs({ mode: 'ab' });
    expect(readGateInputs().mode).toBe('ab');
    setInputs({ mode: 'a-b' });
    expect(() => readGateInputs()).toThrow('input mode: expected run, aggregate, fork-comment, calibrate or ab, got "a-b"');
  });

  it('drives the gate step end to end from INPUT_* variables (fixture results, mock API, fake artifact client)', async () => {
    const dir = mkdtempSync(join(work, 'run-'));
    cpSync('test/fixtures/gate/current-fail.json', join(dir, 'results.json'));
    setInputs({ 'baseline-file': 'test/fixtures/gate/baseline.json', thresholds: 'test/fixtures/gate/thresholds.yaml', 'artifact-name': 'infergate-pr-9', 'github-token': 'tok' });
    const inputs = readGateInputs();
    const client = new FakeArtifactClient();
    const result = await runGateStep({
      ...inputs,
      token: inputs.token,
      current: readResultsFile(join(dir, 'results.json')),
      runDir: dir,
      ctx: readRunContext(makeGitHubEnv({ apiUrl: api.url, event: 'pull_request', pr: 9 }).env),
      artifactClient: client,
    });
    expect(result.exitCode).toBe(1);
    expect(result.comparison.thresholds_source).toBe('test/fixtures/gate/thresholds.yaml');
    expect(result.comparison.warned).toEqual(['ttft_ms_p99']);
    expect(result.comparison.regressed).toEqual(['output_tps']);
    expect(client.calls[0]?.args[0]).toBe('infergate-pr-9');
    expect(api.comments).toHaveLength(1);
    expect(readFileSync(join(work, 'output.txt'), 'utf8')).toMatch(/^verdict<<ghadelimiter_[\w-]+\nfail\n/m);
    expect(result.baselineWrites).toEqual([]);
  });
});
