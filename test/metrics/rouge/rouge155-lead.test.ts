/**
 * ROUGE-1.5.5 parity on the XSum paper's LEAD baseline: `infergate score --mode rouge155` on the official
 * gold-test-sentences.txt / lead-test-output.txt prints the script's averages and intervals as the paper's
 * pyrouge run got them and the paper's LEAD row, and every document's R/P/F equals what the original
 * script printed with -d (stemmed with the distributed WordNet DB, and not stemmed).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/program.js';
import { scoreCorpus, type RougeCorpusResult } from '../../../src/metrics/rouge/index.js';
import { readFixture, readTsv } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'infergate-rouge155-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const gold = join(dir, 'gold-test-sentences.txt');
const lead = join(dir, 'lead-test-output.txt');
writeFileSync(gold, readFixture('xsum-gold-test-sentences.txt.br'));
writeFileSync(lead, readFixture('xsum-lead-test-output.txt.br'));

const TYPES = ['rouge1', 'rouge2', 'rougeL'] as const;
const MEASURES = [
  ['recall', 'R', 'recall'],
  ['precision', 'P', 'precision'],
  ['fmeasure', 'F', 'f'],
] as const;
/** Column order of the per-document fixture: R, P, F per type, stem block then nostem block. */
const COLUMNS = TYPES.flatMap((type) => MEASURES.map(([measure]) => [type, measure] as const));
/** Per-document values with a WordNet DB rebuilt by buildExeptionDB.pl (best/better → good), input-order summary. */
const perDocument = readTsv('rouge155-lead-per-document.tsv.br');
const summary = JSON.parse(readFixture('rouge155-lead-summary.json')) as Record<
  'stem' | 'nostem',
  Record<string, Record<'recall' | 'precision' | 'f', { average: string; ci95: [string, string] }>>
>;
type Printed = Record<string, Record<'R' | 'P' | 'F', { avg: string; low: string; high: string }>>;
/** The script with the distributed DB (best/better → well), in both resampling orders, and the documents the DB changes. */
const distributed = JSON.parse(readFixture('rouge155-lead-resampling-and-wordnet.json')) as {
  aggregates: { pyrouge_ids: { stem: Printed }; input_ids: { stem: Printed }; paper: Record<string, string> };
  documents_where_db_matters: Array<{ line: number; stem: string; stem_rebuilt_db: string }>;
};

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

/** The 27 printed averages and interval ends of a result, as the script's strings. */
function printedOf(result: Pick<RougeCorpusResult, 'rouge1' | 'rouge2' | 'rougeL'>): Printed {
  return Object.fromEntries(
    TYPES.map((type) => [type, Object.fromEntries(MEASURES.map(([measure, letter]) => {
      const { mid, low, high } = result[type][measure];
      return [letter, { avg: mid.toFixed(5), low: low.toFixed(5), high: high.toFixed(5) }];
    }))]),
  ) as Printed;
}

function pairsOf(): Array<{ reference: string; prediction: string }> {
  const references = readFileSync(gold, 'utf8').split('\n');
  const predictions = readFileSync(lead, 'utf8').split('\n');
  return perDocument.map((_, i) => ({ reference: references[i] as string, prediction: predictions[i] as string }));
}

/** "R P F" ×3 strings of the 4 LEAD documents the DB changes, by 0-based index. */
const changedByDb = new Map(distributed.documents_where_db_matters.map((d) => [d.line - 1, d]));

describe('rouge155 mode on the XSum LEAD baseline', () => {
  const perPairFile = join(dir, 'per-pair.jsonl');
  let printed: RougeCorpusResult;

  it('prints by default the script’s averages and intervals of the paper’s pyrouge run, and the paper’s LEAD row', async () => {
    const { code, stdout } = await scoreCommand(['--mode', 'rouge155', '--references', gold, '--predictions', lead, '--per-pair', perPairFile]);
    expect(code).toBe(0);
    printed = JSON.parse(stdout) as RougeCorpusResult;
    expect(printed.pairs).toBe(11334);
    expect(printed.empty_predictions).toBe(0);
    expect(printed.bootstrap.order).toBe('pyrouge');
    const expected = distributed.aggregates.pyrouge_ids.stem;
    expect(printedOf(printed)).toEqual(expected);
    const paper = distributed.aggregates.paper;
    expect(printed.printed?.paper).toEqual({
      recall: `${paper.rouge1_R} / ${paper.rouge2_R} / ${paper.rougeL_R}`,
      precision: `${paper.rouge1_P} / ${paper.rouge2_P} / ${paper.rougeL_P}`,
      fmeasure: `${paper.rouge1_F} / ${paper.rouge2_F} / ${paper.rougeL_F}`,
    });
    expect(printed.printed?.paper.fmeasure).toBe('16.30 / 1.60 / 11.95');
    expect(printed.printed?.script.slice(0, 4)).toEqual([
      '---------------------------------------------',
      '1 ROUGE-1 Average_R: 0.16661 (95%-conf.int. 0.16488 - 0.16843)',
      '1 ROUGE-1 Average_P: 0.17154 (95%-conf.int. 0.16961 - 0.17341)',
      '1 ROUGE-1 Average_F: 0.16299 (95%-conf.int. 0.16129 - 0.16466)',
    ]);
    const lines = TYPES.flatMap((type, t) => [
      '-'.repeat(45),
      ...MEASURES.map(([, letter]) => {
        const { avg, low, high } = expected[type]?.[letter] as { avg: string; low: string; high: string };
        return `1 ROUGE-${['1', '2', 'L'][t]} Average_${letter}: ${avg} (95%-conf.int. ${low} - ${high})`;
      }),
    ]);
    expect(printed.printed?.script).toEqual(lines);
  });

  it('matches every document’s R/P/F to the script’s 5 decimals (-m, distributed WordNet DB)', () => {
    const lines = readFileSync(perPairFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, Record<string, number>>);
    expect(lines).toHaveLength(perDocument.length);
    expect(changedByDb.size).toBe(4);
    const wrong: string[] = [];
    perDocument.forEach((row, i) => {
      const changed = changedByDb.get(i);
      // The 4 documents the DB changes: the fixture row has the rebuilt DB's values, the shared file the distributed DB's.
      if (changed !== undefined) expect(row.slice(1, 10).join(' ')).toBe(changed.stem_rebuilt_db);
      const want = changed !== undefined ? changed.stem.split(' ') : row.slice(1, 10);
      COLUMNS.forEach(([type, measure], c) => {
        const got = (lines[i]?.[type]?.[measure] as number).toFixed(5);
        if (got !== want[c]) wrong.push(`${row[0]} ${type} ${measure}: ${got} vs ${want[c]}`);
      });
    });
    expect(wrong).toEqual([]);
  });

  it('prints the script’s averages and intervals with ids in input order when asked (--resample-order input)', async () => {
    const { code, stdout } = await scoreCommand(['--mode', 'rouge155', '--references', gold, '--predictions', lead, '--resample-order', 'input']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as RougeCorpusResult;
    expect(result.bootstrap.order).toBe('input');
    expect(printedOf(result)).toEqual(distributed.aggregates.input_ids.stem);
    // Input order reproduces the F row but not the paper's whole table (ROUGE-L R 12.22, P 12.64).
    expect(result.printed?.paper).toEqual({ recall: '16.66 / 1.66 / 12.22', precision: '17.15 / 1.69 / 12.64', fmeasure: '16.30 / 1.60 / 11.95' });
  });

  it('matches every document and the input-order averages without stemming (no -m)', () => {
    const result = scoreCorpus(pairsOf(), { mode: 'rouge155', stem: false, bootstrap: { order: 'input' } });
    const wrong: string[] = [];
    perDocument.forEach((row, i) => {
      COLUMNS.forEach(([type, measure], c) => {
        const got = (result.per_pair[i]?.scores[type]?.[measure] as number).toFixed(5);
        if (got !== row[1 + COLUMNS.length + c]) wrong.push(`${row[0]} ${type} ${measure}`);
      });
    });
    expect(wrong).toEqual([]);
    for (const type of TYPES) {
      for (const [measure, , key] of MEASURES) {
        const expected = summary.nostem[type]?.[key];
        const got = result[type][measure];
        expect([got.mid.toFixed(5), got.low.toFixed(5), got.high.toFixed(5)]).toEqual([expected?.average, ...(expected?.ci95 ?? [])]);
      }
    }
  });
});
