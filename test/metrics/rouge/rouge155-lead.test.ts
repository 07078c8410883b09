/**
 * ROUGE-1.5.5 parity on the XSum paper's LEAD baseline: `infergate score --mode rouge155` on the official
 * gold-test-sentences.txt / lead-test-output.txt prints the paper's figures, and every document's
 * R/P/F equals what the original script printed with -d (stemmed and not).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/program.js';
import { scoreCorpus } from '../../../src/metrics/rouge/index.js';
import { readFixture, readTsv } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'infergate-rouge155-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const gold = join(dir, 'gold-test-sentences.txt');
const lead = join(dir, 'lead-test-output.txt');
writeFileSync(gold, readFixture('xsum-gold-test-sentences.txt.br'));
writeFileSync(lead, readFixture('xsum-lead-test-output.txt.br'));

const TYPES = ['rouge1', 'rouge2', 'rougeL'] as const;
/** Column order of the per-document fixture: R, P, F per type, stem block then nostem block. */
const COLUMNS = TYPES.flatMap((type) => (['recall', 'precision', 'fmeasure'] as const).map((measure) => [type, measure] as const));
const perDocument = readTsv('rouge155-lead-per-document.tsv.br');
const summary = JSON.parse(readFixture('rouge155-lead-summary.json')) as Record<
  'stem' | 'nostem',
  Record<string, Record<'recall' | 'precision' | 'f', { average: string; ci95: [string, string] }>>
>;

async function scoreCommand(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    const code = await runCli(['score', ...args]);
    return { code, stdout };
  } finally {
    spy.mockRestore();
  }
}

type Printed = Record<string, Record<string, { low: number; mid: number; high: number }>> & { pairs: number; empty_predictions: number };

describe('rouge155 mode on the XSum LEAD baseline', () => {
  const perPairFile = join(dir, 'per-pair.jsonl');
  let printed: Printed;

  it('prints the paper’s LEAD figures (×100, two decimals) from the command line', async () => {
    const { code, stdout } = await scoreCommand(['--mode', 'rouge155', '--references', gold, '--predictions', lead, '--per-pair', perPairFile]);
    expect(code).toBe(0);
    printed = JSON.parse(stdout) as Printed;
    expect(printed.pairs).toBe(11334);
    expect(printed.empty_predictions).toBe(0);
    const figure = (type: string, measure: string): string => ((printed[type]?.[measure]?.mid as number) * 100).toFixed(2);
    expect(TYPES.map((t) => figure(t, 'fmeasure'))).toEqual(['16.30', '1.60', '11.95']);
    expect(TYPES.map((t) => figure(t, 'precision'))).toEqual(['17.15', '1.69', '12.63']);
    expect(TYPES.map((t) => figure(t, 'recall'))).toEqual(['16.66', '1.66', '12.21']);
  });

  it('prints the script’s averages and 95% intervals to its 5 decimals (-m)', () => {
    for (const type of TYPES) {
      for (const [measure, key] of [['recall', 'recall'], ['precision', 'precision'], ['fmeasure', 'f']] as const) {
        const expected = summary.stem[type]?.[key];
        const got = printed[type]?.[measure];
        expect([got?.mid.toFixed(5), got?.low.toFixed(5), got?.high.toFixed(5)], `${type} ${measure}`).toEqual([expected?.average, ...(expected?.ci95 ?? [])]);
      }
    }
  });

  it('matches every document’s R/P/F to the script’s 5 decimals (-m)', () => {
    const lines = readFileSync(perPairFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, Record<string, number>>);
    expect(lines).toHaveLength(perDocument.length);
    const wrong: string[] = [];
    perDocument.forEach((row, i) => {
      COLUMNS.forEach(([type, measure], c) => {
        const got = (lines[i]?.[type]?.[measure] as number).toFixed(5);
        if (got !== row[1 + c]) wrong.push(`${row[0]} ${type} ${measure}: ${got} vs ${row[1 + c]}`);
      });
    });
    expect(wrong).toEqual([]);
  });

  it('matches every document and the averages without stemming (no -m)', () => {
    const references = readFileSync(gold, 'utf8').split('\n');
    const predictions = readFileSync(lead, 'utf8').split('\n');
    const pairs = perDocument.map((_, i) => ({ reference: references[i] as string, prediction: predictions[i] as string }));
    const result = scoreCorpus(pairs, { mode: 'rouge155', stem: false });
    const wrong: string[] = [];
    perDocument.forEach((row, i) => {
      COLUMNS.forEach(([type, measure], c) => {
        const got = (result.per_pair[i]?.scores[type]?.[measure] as number).toFixed(5);
        if (got !== row[1 + COLUMNS.length + c]) wrong.push(`${row[0]} ${type} ${measure}`);
      });
    });
    expect(wrong).toEqual([]);
    for (const type of TYPES) {
      for (const [measure, key] of [['recall', 'recall'], ['precision', 'precision'], ['fmeasure', 'f']] as const) {
        const expected = summary.nostem[type]?.[key];
        const got = result[type][measure];
        expect([got.mid.toFixed(5), got.low.toFixed(5), got.high.toFixed(5)]).toEqual([expected?.average, ...(expected?.ci95 ?? [])]);
      }
    }
  });
});
