import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/program.js';

const fx = (name: string) => join('test/fixtures/gate', name);

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

describe('infergate compare', () => {
  it('exits 0 and prints the table when nothing regressed', async () => {
    const code = await runCli(['compare', '--baseline', fx('baseline.json'), '--current', fx('current-pass.json')]);
    expect(code).toBe(0);
    expect(out).toMatch(/^verdict: ✅ pass \(mode: mixed\)/);
    expect(out).toMatch(/ttft_ms_p99\s+↓\s+80\.4\s+81\.1\s+\+0\.9%\s+pass\s+threshold-only/);
    expect(out).toMatch(/rouge1\s+↑\s+0\.2012\s+0\.1999\s+-0\.6%\s+pass\s+bootstrap-interval/);
  });

  it('exits 1 on a regression past a fail threshold and writes the Markdown', async () => {
    const md = join(mkdtempSync(join(tmpdir(), 'ig-cmp-')), 'out.md');
    const code = await runCli(['compare', '--baseline', fx('baseline.json'), '--current', fx('current-fail.json'), '--markdown', md]);
    expect(code).toBe(1);
    expect(out).toMatch(/fail: ttft_ms_p99: \+20\.0% is past the fail level \(8%\)/);
    const text = readFileSync(md, 'utf8');
    expect(text).toMatch(/^### infergate: ❌ TTFT p99 \+20\.0% → regression \(and 1 more\)/);
    expect(text).toContain('| TTFT p99 <sub>ttft\\_ms\\_p99</sub> | ↓ | 80.4 ms | 96.5 ms | 🔴 ▲ +20.0% | ❌ fail |');
  });

  it('applies a thresholds file', async () => {
    const code = await runCli(['compare', '--baseline', fx('baseline.json'), '--current', fx('current-fail.json'), '--config', fx('thresholds.yaml')]);
    expect(code).toBe(1);
    expect(out).toMatch(/warn: ttft_ms_p99: \+20\.0% is past the warn level \(10%\)/);
    expect(out).toMatch(/fail: output_tps/);
  });

  it('reads a history file as the baseline and uses its noise', async () => {
    const code = await runCli(['compare', '--baseline', fx('history.json'), '--current', fx('current-fail.json'), '--last', '4']);
    expect(code).toBe(1);
    expect(out).toMatch(/baseline: history test\/fixtures\/gate\/history\.json, 4 run\(s\)/);
    expect(out).toMatch(/ttft_ms_p99 .*fail\s+prediction-interval/);
  });

  it('exits 2 with one sentence on bad input', async () => {
    expect(await runCli(['compare', '--baseline', fx('nope.json'), '--current', fx('current-pass.json')])).toBe(2);
    expect(err).toBe(`infergate: ${fx('nope.json')}: file not found\n`);
    err = '';
    expect(await runCli(['compare', '--baseline', fx('baseline.json'), '--current', fx('thresholds.yaml')])).toBe(2);
    expect(err).toMatch(/thresholds\.yaml(:\d+)?: not valid JSON/);
    err = '';
    expect(await runCli(['compare', '--baseline', fx('baseline.json'), '--current', fx('current-pass.json'), '--config', fx('baseline.json')])).toBe(2);
    expect(err).toMatch(/^infergate: test\/fixtures\/gate\/baseline\.json:\d*:? ?key /);
    expect(await runCli(['compare', '--current', fx('current-pass.json')])).toBe(2);
  });
});
