import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/util/errors.js';
import { loadThresholds, parseThresholds, thresholdFor } from '../../src/gate/thresholds-config.js';

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('thresholds config', () => {
  it('built-in defaults when no file is given', () => {
    const config = loadThresholds();
    expect(config.source).toBeNull();
    expect(thresholdFor(config, 'ttft_ms_p99')).toMatchObject({ direction: 'lower', warn_pct: 4, fail_pct: 8 });
    expect(thresholdFor(config, 'rougeL')).toMatchObject({ direction: 'higher' });
    expect(thresholdFor(config, 'whatever').direction).toBe('neutral');
  });

  it('overlays a file on the defaults', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ig-thr-'));
    const file = join(dir, 'thresholds.yaml');
    writeFileSync(file, 'noise:\n  alpha: 0.01\n  test: mann-whitney\nmetrics:\n  total_output_tokens:\n    direction: higher\n    fail_pct: 20\n');
    const config = loadThresholds(file);
    expect(config.noise).toEqual({ test: 'mann-whitney', alpha: 0.01, min_history: 3, false_alarm_rate: 0.01 });
    expect(thresholdFor(config, 'total_output_tokens')).toMatchObject({ direction: 'higher', warn_pct: 5, fail_pct: 20 });
  });

  it('names the file, key and line of a bad value', () => {
    const text = 'noise:\n  alpha: 0.05\nmetrics:\n  ttft_ms_p99:\n    warn_pct: 5\n    fail_pct: "ten"\n';
    const error = errorOf(() => parseThresholds(text, 'thr.yaml'));
    expect(error.message).toMatch(/^thr\.yaml:6: key metrics\.ttft_ms_p99\.fail_pct: /);
    expect(error.exitCode).toBe(2);
  });

  it('names an unknown key on its own line', () => {
    const error = errorOf(() => parseThresholds('metrics:\n  tpot_ms_p99:\n    fail_percent: 3\n', 'thr.yaml'));
    expect(error.message).toMatch(/^thr\.yaml:3: key metrics\.tpot_ms_p99\.fail_percent/);
  });

  it('rejects warn above fail, YAML syntax errors and a missing file', () => {
    expect(errorOf(() => parseThresholds('metrics:\n  mfu:\n    warn_pct: 9\n', 't.yaml')).message).toMatch(/^t\.yaml:2: key metrics\.mfu: warn_pct \(9\) is above fail_pct \(8\)/);
    expect(errorOf(() => parseThresholds('metrics: [\n', 't.yaml')).message).toMatch(/^t\.yaml:\d+: not valid YAML/);
    expect(errorOf(() => loadThresholds('/nonexistent/thr.yaml')).message).toBe('/nonexistent/thr.yaml: thresholds file not found');
    expect(errorOf(() => parseThresholds('fingerprint:\n  ignore: [gpu]\n', 't.yaml')).message).toMatch(/^t\.yaml:2: key fingerprint\.ignore\.0/);
  });
});

describe('metric names in a thresholds file', () => {
  it('a name no run writes is refused with the nearest real one', () => {
    const error = errorOf(() => parseThresholds('noise:\n  alpha: 0.05\nmetrics:\n  ttft_p99:\n    fail_pct: 10\n', 'thr.yaml'));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      'thr.yaml:4: key metrics.ttft_p99: no headline metric is called "ttft_p99" — did you mean "ttft_ms_p99"? (names: docs/metrics.md; percentiles are <metric>_ms_p<N>, e.g. ttft_ms_p99)',
    );
  });

  it('any configured percentile of a latency metric is a real name', () => {
    expect(parseThresholds('metrics:\n  e2el_ms_p99_9:\n    fail_pct: 20\n  itl_ms_p75:\n    direction: lower\n', 't.yaml').metrics).toHaveProperty('itl_ms_p75');
  });

  it('an alias bomb is refused naming the file', () => {
    const levels = ['a: &a [x,x,x,x,x,x,x,x,x,x]', ...'bcdef'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcde'[i]}`).join(',')}]`)];
    expect(errorOf(() => parseThresholds(`x:\n${levels.map((l) => `  ${l}`).join('\n')}\n`, 't.yaml')).message).toMatch(/^t\.yaml: key x\.e expands to more than 100000 values/);
  });
});
