import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readResultsFile } from '../../src/run-folder/results-file.js';
import { readRunContext } from '../../src/github/run-context.js';
import { runGateStep } from '../../src/pipeline/gate-step.js';
import { FakeArtifactClient } from './fake-artifact-client.js';
import { makeGitHubEnv } from './github-env.js';
import { MockGitHubApi } from './mock-github-api.js';

const api = new MockGitHubApi();
const work = mkdtempSync(join(tmpdir(), 'ig-step-'));
beforeAll(async () => {
  await api.start();
  process.env.GITHUB_STEP_SUMMARY = join(work, 'summary.md');
  process.env.GITHUB_OUTPUT = join(work, 'output.txt');
});
afterAll(() => api.stop());
beforeEach(() => {
  writeFileSync(join(work, 'summary.md'), '');
  writeFileSync(join(work, 'output.txt'), '');
  api.comments = [];
  api.requests = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

function runDir(results: string): string {
  const dir = mkdtempSync(join(work, 'run-'));
  cpSync(join('test/fixtures/gate', results), join(dir, 'results.json'));
  return dir;
}

describe('runGateStep', () => {
  it('on a PR: compares with the nightly artifact, uploads the run folder, comments once, never writes history', async () => {
    api.workflowRuns['nightly.yml'] = { main: [901] };
    const client = new FakeArtifactClient();
    const nightly = mkdtempSync(join(work, 'nightly-'));
    cpSync('test/fixtures/gate/baseline.json', join(nightly, 'results.json'));
    client.stored.set('infergate-run', { id: 77, dir: nightly, runId: 901 });
    const ctx = readRunContext(makeGitHubEnv({ apiUrl: api.url, event: 'pull_request', pr: 8 }).env);
    const dir = runDir('current-fail.json');
    const history = join(work, 'history.json');
    const result = await runGateStep({
      current: readResultsFile(join(dir, 'results.json')),
      runDir: dir,
      baselineSources: [{ kind: 'artifact', workflow: 'nightly.yml', artifactName: 'infergate-run' }],
      token: 'tok',
      artifactName: 'infergate-run',
      history: { path: history, keep: 10 },
      ctx,
      artifactClient: client,
    });
    expect(result.exitCode).toBe(1);
    expect(result.comparison.baseline.source).toBe('artifact infergate-run of nightly.yml run 901 on main');
    expect(result.comparison.regressed).toEqual(['ttft_ms_p99', 'output_tps']);
    const upload = client.calls.find((c) => c.method === 'uploadArtifact')!;
    expect(upload.args[0]).toBe('infergate-run');
    expect(upload.args[1]).toEqual(expect.arrayContaining([join(dir, 'comparison.json'), join(dir, 'github', 'pr-comment.md'), join(dir, 'results.json')]));
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]!.body).toContain('[run folder artifact](https://github.com/octo/engine/actions/runs/777/artifacts/4242)');
    expect(result.baselineWrites).toEqual([]);
    expect(existsSync(history)).toBe(false);
  });

  it('on the default branch: passes and appends to the history, with no comment', async () => {
    const ctx = readRunContext(makeGitHubEnv({ apiUrl: api.url, event: 'push' }).env);
    const dir = runDir('current-pass.json');
    const history = join(work, 'main-history.json');
    cpSync('test/fixtures/gate/history.json', history);
    const result = await runGateStep({
      current: readResultsFile(join(dir, 'results.json')),
      runDir: dir,
      baselineSources: [{ kind: 'history', path: history, last: 5 }],
      artifactName: null,
      history: { path: history, keep: 5 },
      baselineFileToUpdate: join(work, 'bench', 'baseline.json'),
      ctx,
    });
    expect(result.exitCode).toBe(0);
    expect(result.comparison.mode).toBe('noise-aware');
    expect(result.baselineWrites).toEqual([history, join(work, 'bench', 'baseline.json')]);
    const runs = (JSON.parse(readFileSync(history, 'utf8')) as { runs: Array<{ run_id: string }> }).runs;
    expect(runs.map((r) => r.run_id)).toEqual(['nightly-1', 'nightly-2', 'nightly-3', 'nightly-4', 'current-pass']);
    expect(api.requests).toEqual([]);
    expect(readFileSync(join(work, 'summary.md'), 'utf8')).toContain('✅ pass');
  });
});
