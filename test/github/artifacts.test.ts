import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadBaseline } from '../../src/github/download-baseline.js';
import { makeOctokit } from '../../src/github/octokit.js';
import { resolveBaseline } from '../../src/github/resolve-baseline.js';
import { readRunContext } from '../../src/github/run-context.js';
import { uploadRunFolder } from '../../src/github/upload-run-folder.js';
import { makeResults } from '../gate/make-results.js';
import { FakeArtifactClient } from './fake-artifact-client.js';
import { makeGitHubEnv } from './github-env.js';
import { MockGitHubApi } from './mock-github-api.js';

const api = new MockGitHubApi();
let stdout = '';
beforeAll(() => api.start());
afterAll(() => api.stop());
beforeEach(() => {
  api.requests = [];
  api.workflowRuns = {};
  stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

function runFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ig-up-'));
  writeFileSync(join(dir, 'results.json'), '{}');
  writeFileSync(join(dir, 'requests.jsonl'), '');
  mkdirSync(join(dir, 'telemetry'));
  writeFileSync(join(dir, 'telemetry', 'gpu.csv'), 'w\n');
  symlinkSync('/etc/passwd', join(dir, 'link'));
  return dir;
}

describe('uploadRunFolder', () => {
  it('uploads every regular file of the run folder, relative to it', async () => {
    const client = new FakeArtifactClient();
    const dir = runFolder();
    const result = await uploadRunFolder(dir, 'infergate-vllm-h100', { client, retentionDays: 30, runUrl: 'https://github.com/o/r/actions/runs/9' });
    expect(result).toEqual({ id: 4242, size: 300, files: 3, url: 'https://github.com/o/r/actions/runs/9/artifacts/4242' });
    expect(client.calls).toEqual([
      {
        method: 'uploadArtifact',
        args: ['infergate-vllm-h100', [join(dir, 'requests.jsonl'), join(dir, 'results.json'), join(dir, 'telemetry', 'gpu.csv')], dir, { retentionDays: 30 }],
      },
    ]);
  });

  it('never throws: a failed upload (or GHES) is a warning', async () => {
    const client = new FakeArtifactClient();
    const ghes = new Error('@actions/artifact v2.0.0+, upload-artifact@v4+ and download-artifact@v4+ are not currently supported on GHES.');
    ghes.name = 'GHESNotSupportedError';
    client.failUpload = ghes;
    expect(await uploadRunFolder(runFolder(), 'x', { client })).toBeNull();
    expect(stdout).toMatch(/::warning::artifact "x" was not uploaded: the artifact service is not available on GitHub Enterprise Server/);
    expect(await uploadRunFolder(join(tmpdir(), 'no-such-run-dir-ig'), 'x', { client })).toBeNull();
  });
});

function baselineArtifact(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ig-art-'));
  writeFileSync(join(dir, 'results.json'), JSON.stringify(makeResults({ ttft_ms_p99: 90 }, { run_id: 'nightly-55' })));
  return dir;
}

describe('downloadBaseline', () => {
  it('finds the latest successful default-branch run and downloads its artifact with findBy', async () => {
    api.workflowRuns['nightly.yml'] = { main: [555, 444], feature: [999] };
    const client = new FakeArtifactClient();
    client.stored.set('infergate-results', { id: 31, dir: baselineArtifact(), runId: 555 });
    const ctx = readRunContext(makeGitHubEnv({ apiUrl: api.url, event: 'pull_request', pr: 4 }).env);
    const dest = mkdtempSync(join(tmpdir(), 'ig-dl-'));
    const result = await downloadBaseline({ octokit: makeOctokit('tok', ctx), ctx, token: 'tok', workflow: 'nightly.yml', artifactName: 'infergate-results', destDir: dest, client });
    expect(result.notice).toBeNull();
    expect(result.baseline?.source).toBe('artifact infergate-results of nightly.yml run 555 on main');
    expect(result.baseline?.documents[0]?.run_id).toBe('nightly-55');
    const runsCall = api.requests[0]!;
    expect(runsCall.path).toBe('/repos/octo/engine/actions/workflows/nightly.yml/runs');
    expect(Object.fromEntries(runsCall.query)).toEqual({ branch: 'main', status: 'success', per_page: '1' });
    const findBy = { token: 'tok', workflowRunId: 555, repositoryOwner: 'octo', repositoryName: 'engine' };
    expect(client.calls).toEqual([
      { method: 'getArtifact', args: ['infergate-results', { findBy }] },
      { method: 'downloadArtifact', args: [31, { path: join(dest, 'baseline-555'), findBy }] },
    ]);
  });

  it("hands the gate the baseline run's predictions.jsonl when the artifact carries one", async () => {
    api.workflowRuns['nightly.yml'] = { main: [556] };
    const client = new FakeArtifactClient();
    const dir = baselineArtifact();
    writeFileSync(join(dir, 'predictions.jsonl'), '{"id":"a","prediction":"x","error":null}\n');
    client.stored.set('infergate-results', { id: 32, dir, runId: 556 });
    const ctx = readRunContext(makeGitHubEnv({ apiUrl: api.url, event: 'pull_request', pr: 4 }).env);
    const dest = mkdtempSync(join(tmpdir(), 'ig-dl-'));
    const result = await downloadBaseline({ octokit: makeOctokit('tok', ctx), ctx, token: 'tok', workflow: 'nightly.yml', artifactName: 'infergate-results', destDir: dest, client });
    expect(result.baseline?.predictions).toBe(join(dest, 'baseline-556', 'predictions.jsonl'));
  });

  it('gives a notice, not an error, when there is nothing to download', async () => {
    const ctx = readRunContext(makeGitHubEnv({ apiUrl: api.url, event: 'pull_request', pr: 4 }).env);
    const deps = { octokit: makeOctokit('tok', ctx), ctx, token: 'tok', artifactName: 'infergate-results', destDir: tmpdir(), client: new FakeArtifactClient() };
    expect((await downloadBaseline({ ...deps, workflow: 'missing.yml' })).notice).toMatch(/workflow missing\.yml was not found/);
    api.workflowRuns['nightly.yml'] = { main: [] };
    expect((await downloadBaseline({ ...deps, workflow: 'nightly.yml' })).notice).toMatch(/no successful run on main yet/);
    api.workflowRuns['nightly.yml'] = { main: [8] };
    expect((await downloadBaseline({ ...deps, workflow: 'nightly.yml' })).notice).toMatch(/run 8 of nightly\.yml has no artifact named infergate-results/);
  });

  it('falls back with a clear message on GitHub Enterprise Server, without calling anything', async () => {
    const ctx = readRunContext(makeGitHubEnv({ apiUrl: api.url, event: 'pull_request', pr: 4, serverUrl: 'https://github.example.corp' }).env);
    expect(ctx.isGhes).toBe(true);
    const client = new FakeArtifactClient();
    const result = await downloadBaseline({ octokit: makeOctokit('tok', ctx), ctx, token: 'tok', workflow: 'n.yml', artifactName: 'a', destDir: tmpdir(), client });
    expect(result.notice).toMatch(/GitHub Enterprise Server does not support downloading artifacts.*baseline file or a history file/);
    expect(api.requests).toEqual([]);
    expect(client.calls).toEqual([]);
  });
});

describe('resolveBaseline', () => {
  it('tries the sources in order and keeps the notices of those that gave nothing', async () => {
    api.workflowRuns['nightly.yml'] = { main: [555] };
    const client = new FakeArtifactClient();
    client.stored.set('infergate-results', { id: 31, dir: baselineArtifact(), runId: 555 });
    const ctx = readRunContext(makeGitHubEnv({ apiUrl: api.url, event: 'pull_request', pr: 4 }).env);
    const deps = { octokit: makeOctokit('tok', ctx), ctx, token: 'tok', destDir: mkdtempSync(join(tmpdir(), 'ig-rb-')), client };
    const resolved = await resolveBaseline(
      [
        { kind: 'file', path: '/nonexistent/baseline.json' },
        { kind: 'artifact', workflow: 'nightly.yml', artifactName: 'infergate-results' },
        { kind: 'history', path: 'test/fixtures/gate/history.json' },
      ],
      deps,
    );
    expect(resolved.baseline.source).toMatch(/^artifact infergate-results/);
    expect(resolved.baseline.notices).toEqual(['No baseline file at /nonexistent/baseline.json yet.']);
    const none = await resolveBaseline([{ kind: 'file', path: '/nonexistent/b.json' }], null);
    expect(none.baseline.documents).toEqual([]);
    const history = await resolveBaseline([{ kind: 'history', path: 'test/fixtures/gate/history.json', last: 3 }], null);
    expect(history.baseline.documents).toHaveLength(3);
  });
});
