import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/program.js';

const dir = mkdtempSync(join(tmpdir(), 'infergate-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function score(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    return { code: await runCli(['score', '--resamples', '20', ...args]), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('infergate score', () => {
  const refs = file('refs.txt', 'The cat sat on the mat.\nA man was arrested in Leeds.\n');
  const preds = file('preds.txt', 'The cat is on the mat.\n\n');

  it('prints one JSON object with the aggregates; an empty prediction line scores 0 and is counted', async () => {
    const { code, stdout } = await score(['--references', refs, '--predictions', preds, '--mode', 'rouge-score']);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as Record<string, unknown>;
    expect(printed).toMatchObject({ mode: 'rouge-score', stem: true, pairs: 2, empty_predictions: 1 });
    expect(Object.keys(printed)).toEqual(expect.arrayContaining(['rouge1', 'rouge2', 'rougeL', 'rougeLsum']));
    expect(printed).not.toHaveProperty('per_pair');
  });

  it('reads --pairs JSONL, honours --no-stem and writes --per-pair with scores and tokens', async () => {
    const pairs = file('pairs.jsonl', `${JSON.stringify({ reference: 'Players were running', prediction: 'players ran' })}\n\n${JSON.stringify({ reference: 'x y' })}\n`);
    const perPair = join(dir, 'per-pair.jsonl');
    const { code, stdout } = await score(['--pairs', pairs, '--no-stem', '--per-pair', perPair]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ mode: 'rouge155', stem: false, pairs: 2, empty_predictions: 1 });
    const rows = readFileSync(perPair, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows[0]).toMatchObject({ index: 0, empty_prediction: false, reference_tokens: ['players', 'were', 'running'], prediction_tokens: ['players', 'ran'] });
    expect(rows[0]?.rouge1).toEqual({ precision: 0.5, recall: 0.33333, fmeasure: 0.4 });
    expect(rows[1]).toMatchObject({ index: 1, empty_prediction: true });
  });

  it.each([
    [['--references', refs, '--predictions', file('short.txt', 'only one\n')], /short\.txt: has 1 lines but .*refs\.txt has 2/],
    [['--pairs', file('bad.jsonl', '{"reference": "a", "prediction": "b"}\nnot json\n')], /bad\.jsonl:2: this line is not valid JSON/],
    [['--pairs', file('noref.jsonl', '{"prediction": "b"}\n')], /noref\.jsonl:1: "reference" must be a string/],
    [['--pairs', join(dir, 'missing.jsonl')], /missing\.jsonl: cannot read the file \(ENOENT\)/],
    [['--pairs', refs, '--references', refs], /either --pairs or --references/],
    [['--references', refs], /give --references and --predictions/],
    [['--references', refs, '--predictions', preds, '--seed', 'abc'], /--seed: "abc" is not a number/],
    [['--references', refs, '--predictions', preds, '--mode', 'rouge-score', '--resample-order', 'pyrouge'], /order "pyrouge" applies to rouge155 mode only/],
  ])('exits 2 with one clear sentence on bad input (%#)', async (args, message) => {
    const { code, stderr } = await score(args as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a resampling order it does not know, naming the choices (exit 2)', async () => {
    const { code, stderr } = await score(['--references', refs, '--predictions', preds, '--resample-order', 'sorted']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--resample-order.*'sorted' is invalid.*pyrouge, input/);
  });
});
