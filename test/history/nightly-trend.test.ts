import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { seededUniform } from '../../src/util/seeded-random.js';
import { postgresUnavailable, startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.js';
import { tempTree } from '../support/temp-tree.js';
import { makeResults } from '../gate/make-results.js';

/**
 * The acceptance test: 60 simulated nightly results (TTFT p99 around 100 ms, noise σ = 3 ms)
 * with a step to 112 ms from night 40 and one noisy outlier (160 ms) on night 15, appended with
 * `infergate history append` and drawn with `infergate history page`: the page marks the change at night
 * 40 and nothing at night 15. Runs on the embedded file and, where PostgreSQL is installed, a real server.
 */
const NIGHTS = 60;
const STEP_NIGHT = 40;
const OUTLIER_NIGHT = 15;
const requirePostgres = process.env.INFERGATE_REQUIRE_POSTGRES === '1';
const unavailable = postgresUnavailable();
if (unavailable && !requirePostgres) console.warn(`PostgreSQL half of the 60-night test skipped: ${unavailable} (set INFERGATE_REQUIRE_POSTGRES=1 to make this a failure)`);

function runId(night: number): string {
  return `20260${night < 31 ? 1 : 2}${String((night % 31) + 1).padStart(2, '0')}-031700-n${String(night).padStart(2, '0')}`;
}

/** The nightly run folders, each with its results.json. */
function writeNights(root: string): string[] {
  const u = seededUniform(42);
  const z = () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
  return Array.from({ length: NIGHTS }, (_, night) => {
    const ttft = night === OUTLIER_NIGHT ? 160 : (night < STEP_NIGHT ? 100 : 112) + 3 * z();
    const finished = new Date(Date.UTC(2026, 0, 1 + night, 3, 17)).toISOString();
    const doc = makeResults({ ttft_ms_p99: ttft, rouge1: 0.3 + 0.002 * z(), output_tps: 500 + 5 * z() }, { run_id: runId(night), finished_at: finished });
    doc.environment.profile = 'xsum-latency-v1@sha256:0123';
    const dir = join(root, `night-${night}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'results.json'), JSON.stringify(doc));
    return dir;
  });
}

async function cli(args: string[]): Promise<{ code: number; stdout: string }> {
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => (chunks.push(String(chunk)), true)) as typeof process.stdout.write;
  try {
    return { code: await runCli(args), stdout: chunks.join('') };
  } finally {
    process.stdout.write = write;
  }
}

let cluster: PostgresCluster | undefined;
const stores: Array<{ name: string; enabled: boolean; spec: () => string }> = [
  { name: 'embedded file', enabled: true, spec: () => join(tempTree({}), 'history.jsonl') },
  { name: 'PostgreSQL', enabled: unavailable === null || requirePostgres, spec: () => cluster!.url },
];

for (const store of stores) {
  describe.runIf(store.enabled)(`60 nightly results in the history (${store.name})`, () => {
    let page: string;
    let summary: string;

    beforeAll(async () => {
      if (store.name === 'PostgreSQL') cluster = await startPostgresCluster();
      const root = tempTree({});
      const spec = store.spec();
      const nights = writeNights(root);
      // In two batches, the second appended twice: a re-run appends nothing new.
      expect(await cli(['history', 'append', '--store', spec, '--run-url', 'https://ci.example/run', ...nights.slice(0, 30)])).toEqual({ code: 0, stdout: 'history: 30 of 30 runs added\n' });
      expect((await cli(['history', 'append', '--store', spec, ...nights.slice(30)])).code).toBe(0);
      expect((await cli(['history', 'append', '--store', spec, ...nights.slice(30)])).stdout).toBe('history: 0 of 30 runs added\n');
      expect((await cli(['history', 'page', '--store', spec, '--out', join(root, 'trend.html')])).code).toBe(0);
      page = readFileSync(join(root, 'trend.html'), 'utf8');
      summary = (await cli(['history', 'summary', '--store', spec, '--last', '25'])).stdout;
    }, 120_000);

    afterAll(() => cluster?.stop());

    const chart = (metric: string) => {
      const start = page.indexOf(`data-chart="trend-0-${metric}"`);
      expect(start).toBeGreaterThan(0);
      return page.slice(start, page.indexOf('</figure>', start));
    };

    it('marks the step change at night 40 and nothing at the outlier of night 15', () => {
      const ttft = chart('ttft_ms_p99');
      const marked = [...ttft.matchAll(/data-change-run="([^"]+)"/g)].map((m) => m[1]);
      expect(marked).toEqual([runId(STEP_NIGHT)]);
      expect(ttft).toContain(`data-point-run="${runId(OUTLIER_NIGHT)}"`);
    });

    it('draws one line per metric for the series, with every night a point linking to its run', () => {
      expect(page).toContain('<h2>NVIDIA H100 80GB HBM3 · vllm · Qwen/Qwen2.5-0.5B-Instruct · xsum-latency-v1</h2>');
      for (const metric of ['ttft_ms_p99', 'output_tps', 'rouge1']) expect(chart(metric).match(/data-point-run=/g)).toHaveLength(NIGHTS);
      expect(chart('ttft_ms_p99').match(/<a href="https:\/\/ci\.example\/run"/g)).toHaveLength(30);
      expect(chart('rouge1')).not.toContain('data-change-run');
      expect(page).not.toMatch(/<script|src="http|href="http(?!s:\/\/ci\.example)/);
    });

    it('the job summary shows the last runs as a compact trend with the change', () => {
      // Escaped for Markdown (ttft\_ms\_p99); the window of 25 runs includes night 40's change.
      expect(summary).toMatch(new RegExp(`\\| ttft\\\\_ms\\\\_p99 \\| [▁▂▃▄▅▆▇█]{25} \\| 1[01][0-9](\\.[0-9]+)? ms \\| 1[0-9][0-9](\\.[0-9]+)? → 11[0-9](\\.[0-9]+)? at ${runId(STEP_NIGHT)} \\|`));
      expect(summary).toMatch(/\| rouge1 \| [▁▂▃▄▅▆▇█]{25} \| 0\.[0-9]+ \| — \|/);
      expect(summary).toContain('**NVIDIA H100 80GB HBM3 · vllm · Qwen/Qwen2.5-0.5B-Instruct · xsum-latency-v1**');
    });
  });
}
