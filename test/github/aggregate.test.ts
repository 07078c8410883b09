import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareResults } from '../../src/gate/compare-results.js';
import { writeComparisonFile } from '../../src/gate/comparison-file.js';
import { DEFAULT_THRESHOLDS } from '../../src/gate/thresholds-config.js';
import { publishAggregate } from '../../src/github/aggregate.js';
import { makeOctokit } from '../../src/github/octokit.js';
import { AGGREGATE_COMMENT_MARKER } from '../../src/github/pr-comment.js';
import { readRunContext } from '../../src/github/run-context.js';
import { makeResults } from '../gate/make-results.js';
import { FakeArtifactClient } from './fake-artifact-client.js';
import { makeGitHubEnv } from './github-env.js';
import { MockGitHubApi } from './mock-github-api.js';

const api = new MockGitHubApi();
beforeAll(async () => {
  await api.start();
  process.env.GITHUB_STEP_SUMMARY = join(mkdtempSync(join(tmpdir(), 'ig-agg-')), 'summary.md');
  writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
  process.env.GITHUB_OUTPUT = join(tmpdir(), `ig-agg-out-${process.pid}`);
  writeFileSync(process.env.GITHUB_OUTPUT, '');
});
afterAll(() => api.stop());
beforeEach(() => vi.spyOn(process.stdout, 'write').mockImplementation(() => true));
afterEach(() => vi.restoreAllMocks());

function jobFolder(accelerator: string, current: Record<string, number>, withResults = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'ig-job-'));
  if (!withResults) return dir;
  const base = makeResults({ ttft_ms_p99: 100, output_tps: 1000 });
  base.environment = { ...base.environment, accelerator };
  const cur = makeResults(current);
  cur.environment = { ...cur.environment, accelerator };
  writeFileSync(join(dir, 'results.json'), JSON.stringify(cur));
  writeComparisonFile(join(dir, 'comparison.json'), compareResults({ source: 'b', documents: [base] }, cur, DEFAULT_THRESHOLDS));
  return dir;
}

describe('matrix aggregate', () => {
  it("downloads the other jobs' results and posts one combined comment", async () => {
    const client = new FakeArtifactClient();
    client.stored.set('infergate-h100', { id: 1, dir: jobFolder('H100', { ttft_ms_p99: 101, output_tps: 1002 }) });
    client.stored.set('infergate-mi300x', { id: 2, dir: jobFolder('MI300X', { ttft_ms_p99: 140, output_tps: 1000 }) });
    client.stored.set('infergate-gaudi', { id: 3, dir: jobFolder('Gaudi3', {}, false) });
    client.stored.set('other-artifact', { id: 4, dir: jobFolder('x', {}) });
    const ctx = readRunContext(makeGitHubEnv({ apiUrl: api.url, event: 'pull_request', pr: 21 }).env);
    const options = { namePrefix: 'infergate-', workDir: mkdtempSync(join(tmpdir(), 'ig-w-')), ctx, client, octokit: makeOctokit('tok', ctx) };
    const first = await publishAggregate(options);
    expect(first.entries.map((e) => e.artifact)).toEqual(['infergate-gaudi', 'infergate-h100', 'infergate-mi300x']);
    expect(first.verdict).toBe('fail');
    expect(first.comment).toMatchObject({ action: 'created' });
    await publishAggregate(options);
    expect(api.comments).toHaveLength(1);
    const body = api.comments[0]!.body;
    expect(body.startsWith(AGGREGATE_COMMENT_MARKER)).toBe(true);
    expect(body).toMatch(/\| infergate-mi300x \| MI300X \| vllm 0\.6\.3 \| Qwen\/Qwen2\.5-0\.5B-Instruct \| ❌ fail \| 140 \(\+40\.0%\) \|/);
    expect(body).toMatch(/\| infergate-h100 \| H100 .* ✅ pass \| 101 \(\+1\.0%\) \|/);
    expect(body).toMatch(/\| infergate-gaudi \| — .* ❌ no results \|/);
    expect(body).toContain('<details><summary>infergate-mi300x — ❌ fail</summary>');
    expect(body.length).toBeLessThan(65_536);
  });
});
