import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { RequestRecord } from '../../src/run-folder/request-record.js';
import { readRequestsJsonl } from '../../src/run-folder/requests-jsonl-reader.js';
import { readResultsFile as loadResults } from '../../src/run-folder/results-file.js';
import { toVllmBenchResult, toVllmBenchResultsPerStep } from '../../src/report/export/vllm-bench-result.js';
import { toGithubActionBenchmark } from '../../src/report/export/github-action-benchmark.js';
import { measureSlug, toBmf } from '../../src/report/export/bencher-metric-format.js';
import { REQUEST_CSV_COLUMNS, toRequestsCsv } from '../../src/report/export/requests-csv.js';
import { builtInDirection } from '../../src/gate/metric-directions.js';
import { FIXTURE_RUN } from './fixture-paths.js';

const results = loadResults(join(FIXTURE_RUN, 'results.json'));
const records = readRequestsJsonl(join(FIXTURE_RUN, 'requests.jsonl')).records;
const isNum = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

describe('vLLM bench serve result JSON', () => {
  const out = toVllmBenchResult(results, records, { percentiles: [50, 90, 99] });

  it('has every field vLLM writes, with vLLM types', () => {
    for (const key of ['duration', 'completed', 'failed', 'total_input_tokens', 'total_output_tokens', 'request_throughput', 'output_throughput', 'total_token_throughput', 'burstiness', 'num_prompts', 'max_output_tokens_per_s', 'max_concurrent_requests']) {
      expect(isNum(out[key]), key).toBe(true);
    }
    for (const key of ['date', 'backend', 'model_id', 'tokenizer_id']) expect(typeof out[key], key).toBe('string');
    expect(out.date).toMatch(/^\d{8}-\d{6}$/);
    expect(out.request_rate === 'inf' || isNum(out.request_rate)).toBe(true);
    expect(out.request_goodput).toBeNull();
    for (const metric of ['ttft', 'tpot', 'itl', 'e2el']) {
      for (const stat of ['mean', 'median', 'std', 'p50', 'p90', 'p99']) expect(isNum(out[`${stat}_${metric}_ms`]), `${stat}_${metric}_ms`).toBe(true);
    }
    const n = out.num_prompts;
    for (const key of ['input_lens', 'output_lens', 'ttfts', 'itls', 'start_times', 'generated_texts', 'errors'] as const) expect(out[key], key).toHaveLength(n);
    expect(out.ttfts.every(isNum)).toBe(true);
    expect(out.itls.every((l) => Array.isArray(l) && l.every(isNum))).toBe(true);
    expect(out.errors.every((e) => typeof e === 'string')).toBe(true);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('agrees with the pipeline\'s headline (the first sweep step) and with counts taken from requests.jsonl', () => {
    const h = results.headline;
    const measured = records.filter((r) => !r.warmup);
    const failedIn = measured.filter((r) => r.error !== null);
    expect(out.completed + out.failed).toBe(measured.length);
    expect(out.failed).toBe(failedIn.length);
    expect(out.failed).toBe(2);
    expect(out.ttfts.filter((t, i) => out.errors[i] !== '' && t === 0)).toHaveLength(2);
    // The headline is the first step's (src/pipeline/compute-metrics.ts): compare that step's export.
    const first = toVllmBenchResultsPerStep(results, records, { percentiles: [50, 90, 99] })[0]!.result;
    const ok = measured.filter((r) => r.step === 0 && r.error === null);
    const meanTtft = ok.reduce((s, r) => s + r.ttft_ms!, 0) / ok.length;
    expect(first.mean_ttft_ms as number).toBeCloseTo(meanTtft, 6);
    expect(first.mean_ttft_ms as number).toBeCloseTo(h.ttft_ms_mean!, 6);
    expect(first.p99_ttft_ms as number).toBeCloseTo(h.ttft_ms_p99!, 6);
    expect(first.median_e2el_ms as number).toBeCloseTo(h.e2el_ms_p50!, 6);
    expect(first.mean_tpot_ms as number).toBeCloseTo(h.tpot_ms_mean!, 6);
    expect(first.completed).toBe(h.completed_requests);
    expect(first.failed).toBe(h.failed_requests);
    expect(first.total_output_tokens).toBe(h.total_output_tokens);
    expect(first.duration).toBeCloseTo(h.duration_s!, 2);
    expect(first.output_throughput).toBeCloseTo(h.output_tps!, 0);
    expect(first.request_throughput).toBeCloseTo(h.throughput_rps!, 1);
    // A closed loop: vLLM writes request_rate inf; the whole sweep has no single concurrency.
    expect(out.request_rate).toBe('inf');
    expect(out.max_concurrency).toBeNull();
    expect(out.max_concurrent_requests).toBe(Math.max(...(results.config.load as { sweep: number[] }).sweep));
  });
});

describe('vLLM results per sweep step', () => {
  it('writes one result per step with that step\'s concurrency and requests', () => {
    const per = toVllmBenchResultsPerStep(results, records);
    expect(per.map((p) => p.label)).toEqual(results.steps!.map((s) => s.label));
    expect(per.map((p) => p.result.max_concurrency)).toEqual([1, 4, 8]);
    for (const p of per) expect(p.result.max_concurrent_requests).toBeLessThanOrEqual(p.result.max_concurrency!);
    per.forEach((p, i) => {
      const step = results.steps![i]!.headline;
      expect(p.result.completed, p.label).toBe(step.completed_requests);
      expect(p.result.mean_ttft_ms as number, p.label).toBeCloseTo(step.ttft_ms_mean!, 6);
    });
    const whole = toVllmBenchResult(results, records);
    expect(per.reduce((s, p) => s + p.result.completed, 0)).toBe(whole.completed);
    expect(toVllmBenchResultsPerStep({ ...results, steps: [] }, records)).toEqual([]);
  });
});

describe('github-action-benchmark custom JSON', () => {
  const files = toGithubActionBenchmark({ ...results, trials: [{ ttft_ms_mean: 100 }, { ttft_ms_mean: 140 }] });

  it('is two arrays of {name, unit, value} split by the gate\'s directions', () => {
    for (const list of [files.smallerIsBetter, files.biggerIsBetter]) {
      expect(Array.isArray(list)).toBe(true);
      expect(list.length).toBeGreaterThan(0);
      for (const e of list) {
        expect(typeof e.name).toBe('string');
        expect(typeof e.unit).toBe('string');
        expect(isNum(e.value)).toBe(true);
        if (e.range !== undefined) expect(typeof e.range).toBe('string');
        if (e.extra !== undefined) expect(typeof e.extra).toBe('string');
      }
      expect(new Set(list.map((e) => e.name)).size).toBe(list.length);
    }
    const smaller = files.smallerIsBetter.map((e) => e.name);
    const bigger = files.biggerIsBetter.map((e) => e.name);
    expect(smaller).toEqual(expect.arrayContaining(['ttft_ms_mean', 'tpot_ms_mean', 'e2el_ms_p99', 'duration_s', 'failed_requests']));
    expect(bigger).toEqual(expect.arrayContaining(['throughput_rps', 'output_tps', 'mfu', 'goodput_rps']));
    for (const e of [...files.smallerIsBetter, ...files.biggerIsBetter]) {
      expect(builtInDirection(e.name), e.name).toBe(files.smallerIsBetter.includes(e) ? 'lower' : 'higher');
    }
    expect(files.smallerIsBetter.find((e) => e.name === 'ttft_ms_mean')).toMatchObject({ unit: 'ms', range: '± 20' });
    expect(files.biggerIsBetter.find((e) => e.name === 'throughput_rps')!.unit).toBe('req/s');
  });

  it('leaves out unmeasured metrics and names the gate does not judge', () => {
    const f = toGithubActionBenchmark({ ...results, headline: { ttft_ms_mean: null, ttft_ms_std: 3, mystery_number: 3, throughput_rps: 2 } });
    expect(f.smallerIsBetter).toEqual([]);
    expect(f.biggerIsBetter.map((e) => e.name)).toEqual(['throughput_rps']);
  });
});

describe('Bencher Metric Format', () => {
  it('maps benchmark → measure slug → {value}, one benchmark per sweep step', () => {
    const bmf = toBmf({ ...results, trials: [{ mfu: 0.3 }, { mfu: 0.31 }] });
    const names = Object.keys(bmf);
    expect(names).toHaveLength(1 + results.steps!.length);
    for (const [name, measures] of Object.entries(bmf)) {
      expect(name.length).toBeGreaterThan(0);
      for (const [slug, m] of Object.entries(measures)) {
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(isNum(m.value)).toBe(true);
        for (const k of Object.keys(m)) expect(['value', 'lower_value', 'upper_value']).toContain(k);
      }
    }
    const main = bmf[names[0]!]!;
    expect(main['ttft-ms-mean']!.value).toBe(results.headline.ttft_ms_mean);
    expect(main.mfu).toEqual({ value: results.headline.mfu, lower_value: 0.3, upper_value: 0.31 });
    expect(measureSlug('rougeL_f')).toBe('rougel-f');
  });
});

describe('per-request CSV', () => {
  it('parses back to one row per request with the documented columns', () => {
    const rows = parse(toRequestsCsv(records), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([...REQUEST_CSV_COLUMNS]);
    expect(rows).toHaveLength(records.length);
    const failed = rows.filter((r) => r.error_kind !== '');
    expect(failed.map((r) => r.error_kind).sort()).toEqual(records.filter((r) => r.error !== null).map((r) => r.error!.kind).sort());
    expect(failed.map((r) => r.error_kind).sort()).toEqual(['http_status', 'server_error_event']);
    expect(failed.find((r) => r.error_kind === 'http_status')!.http_status).toBe('503');
    for (const r of rows.filter((x) => x.error_kind === '')) {
      expect(Number(r.ttft_ms)).toBeGreaterThan(0);
      expect(Number(r.e2el_ms)).toBeGreaterThanOrEqual(Number(r.ttft_ms));
    }
  });

  it('quotes separators and defuses spreadsheet formulas in untrusted text', () => {
    const base = records.find((r) => r.error === null)!;
    const evil: RequestRecord = { ...base, id: 'a,"b"', error: { kind: 'other', message: '=HYPERLINK("http://x")' } };
    const rows = parse(toRequestsCsv([evil]), { columns: true }) as Array<Record<string, string>>;
    expect(rows[0]!.id).toBe('a,"b"');
    expect(rows[0]!.error_message).toBe(`'=HYPERLINK("http://x")`);
  });
});
