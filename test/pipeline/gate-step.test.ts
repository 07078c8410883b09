import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readComparisonFile } from '../../src/gate/comparison-file.js';
import { readResultsFile } from '../../src/run-folder/results-file.js';
import { DEFAULT_THRESHOLDS } from '../../src/gate/thresholds-config.js';
import { decideGate, gateReferenceFromFiles } from '../../src/pipeline/gate-step.js';
import { GATE_FILES } from '../../src/run-folder/layout.js';

const COMPARISON_FILE = GATE_FILES.comparison;

const fx = (name: string) => join('test/fixtures/gate', name);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('the gate driver (pipeline/gate-step.ts)', () => {
  it('decides, keeps comparison.json in the run folder and returns exit code 1 on a regression', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ig-gate-'));
    const decision = decideGate(readResultsFile(fx('current-fail.json')), gateReferenceFromFiles({ baselineFile: fx('baseline.json') }), dir);
    expect(decision.exitCode).toBe(1);
    expect(decision.comparison.regressed).toEqual(['ttft_ms_p99', 'output_tps']);
    expect(readComparisonFile(join(dir, COMPARISON_FILE))).toEqual(JSON.parse(readFileSync(join(dir, COMPARISON_FILE), 'utf8')));
    expect(readComparisonFile(join(dir, COMPARISON_FILE)).verdict).toBe('fail');
  });

  it('writes nothing without a run folder and exits 0 when nothing regressed', () => {
    const inputs = { thresholds: DEFAULT_THRESHOLDS, baseline: { source: 'file b', documents: [readResultsFile(fx('baseline.json'))] } };
    const decision = decideGate(readResultsFile(fx('current-pass.json')), inputs, null);
    expect(decision.exitCode).toBe(0);
    expect(decision.comparison.verdict).toBe('pass');
    expect(existsSync(join(process.cwd(), COMPARISON_FILE))).toBe(false);
  });

  it('is the one place that compares and the one place that writes comparison.json', () => {
    const src = join(process.cwd(), 'src');
    const comparing = sourceFiles(src).filter((f) => /\bcompareResults\b/.test(readFileSync(f, 'utf8')));
    const writing = sourceFiles(src).filter((f) => /\bwriteComparisonFile\(/.test(readFileSync(f, 'utf8')));
    // Defined in gate/compare-results.ts, re-exported by gate/index.ts (the gate's surface), called once.
    expect(comparing.map((f) => relative(src, f)).sort()).toEqual(['gate/compare-results.ts', 'gate/index.ts', 'pipeline/gate-step.ts']);
    expect(writing.map((f) => relative(src, f)).sort()).toEqual(['gate/comparison-file.ts', 'pipeline/gate-step.ts']);
  });

  it('is never called back: gate/, report/ and github/ import nothing from pipeline/', () => {
    const src = join(process.cwd(), 'src');
    const climbing = ['gate', 'report', 'github']
      .flatMap((stage) => sourceFiles(join(src, stage)))
      .filter((f) => /from '(?:\.\.\/)+pipeline\//.test(readFileSync(f, 'utf8')))
      .map((f) => relative(src, f));
    expect(climbing).toEqual([]);
  });
});
