import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BenchmarkConfig } from '../../src/config/benchmark-config.js';
import { DEFAULT_SETTINGS } from '../../src/config/settings-schema.js';
import { buildPrompt, RowPrompts, type Prompt } from '../../src/dataset/build-prompts.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import type { XsumRow } from '../../src/dataset/xsum-row.js';
import { NO_LIMITS } from '../../src/engine/index.js';
import { fitPrompts } from '../../src/pipeline/fit-prompts.js';

/**
 * The dataset keeps each row's article cut to prompt.max_article_words, hashes and cuts it in the one pass
 * that reads the file, and the load builds each prompt as it sends it. For any dataset this gives exactly
 * the prompts, the truncation count and the checksum that building every prompt up front from the rows as
 * read gave (the reference below is that path: whole rows, a prompt per row, the length-prefixed sha256).
 */
const root = mkdtempSync(join(tmpdir(), 'infergate-prompts-on-demand-'));
let counter = 0;
const silent = { info: () => undefined, warn: () => undefined };

/** rowsChecksum as it was: each field's UTF-8 bytes, length-prefixed. */
function referenceChecksum(rows: readonly XsumRow[]): string {
  const hash = createHash('sha256');
  for (const row of rows) {
    for (const field of [row.id, row.document, row.summary]) {
      const bytes = Buffer.from(field, 'utf8');
      hash.update(`${bytes.length}:`);
      hash.update(bytes);
    }
  }
  return `sha256:${hash.digest('hex')}`;
}

// Words and every kind of whitespace JavaScript knows, lone surrogates included (JSON escapes them).
const word = fc.oneof(fc.string({ minLength: 1, maxLength: 5 }), fc.constantFrom('é', '日本', '\ud800', 'a\udc00b'));
const space = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\ufeff', '\u2028');
const article = fc.array(fc.oneof(word, space), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));
// Rows that cannot be used (a blank article or summary) are skipped; one article that can is always there.
const rowsArb = fc.tuple(fc.array(fc.record({ document: article, summary: fc.oneof(fc.string({ maxLength: 8 }), word) }), { maxLength: 25 }), fc.nat())
  .map(([rows, at]) => rows.toSpliced(at % (rows.length + 1), 0, { document: 'one usable article', summary: 'its summary' }));
const settingsArb = fc.record({
  api: fc.constantFrom<BenchmarkConfig['api']>('chat', 'completions'),
  maxWords: fc.integer({ min: 1, max: 30 }),
  taskNums: fc.integer({ min: 1, max: 30 }),
  sample: fc.constantFrom<'first' | 'random'>('first', 'random'),
  seed: fc.integer({ min: 0, max: 1000 }),
  system: fc.constantFrom('', 'You summarise.'),
});

const promptsOf = (source: RowPrompts): Prompt[] => Array.from({ length: source.count }, (_, i) => source.promptFor(i));

describe('prompts on demand (fast-check)', () => {
  it('equal the prompts built up front from the whole rows, with the same truncation count and checksum', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb, settingsArb, async (rows, s) => {
        const path = join(root, `${counter++}.jsonl`);
        writeFileSync(path, rows.map((r, i) => JSON.stringify({ id: `r${i}`, ...r })).join('\n'));
        const config = { api: s.api, prompt: { ...DEFAULT_SETTINGS.prompt, max_article_words: s.maxWords, system: s.system } };
        const base = { data_path: path, task_nums: s.taskNums, dataset: { ...DEFAULT_SETTINGS.dataset, sample: s.sample, seed: s.seed } };
        const whole = await loadDataset(base, silent);
        const cut = await loadDataset({ ...base, prompt: config.prompt }, silent);

        const upFront = [...whole.rows].map((row) => buildPrompt(row, config, s.maxWords));
        expect(promptsOf(new RowPrompts([...cut.rows], config))).toEqual(upFront.map((built) => built.prompt));
        expect(cut.truncated).toBe(upFront.filter((built) => built.truncated).length);
        expect(cut.checksum).toBe(referenceChecksum([...whole.rows]));
        expect(whole.checksum).toBe(cut.checksum);
        expect([...cut.rows].map((r) => [r.id, r.summary])).toEqual([...whole.rows].map((r) => [r.id, r.summary]));
      }),
      { numRuns: 150 },
    );
  });

  it('fitted to a context, equal the whole rows cut to the same word limits', async () => {
    const countWords = async (p: Prompt) => [...(p.messages ?? []).map((m) => m.content), p.prompt ?? ''].join(' ').split(/\s+/).filter(Boolean).length;
    await fc.assert(
      fc.asyncProperty(rowsArb, settingsArb, fc.integer({ min: 8, max: 60 }), async (rows, s, context) => {
        const path = join(root, `${counter++}.jsonl`);
        writeFileSync(path, rows.map((r, i) => JSON.stringify({ id: `r${i}`, ...r })).join('\n'));
        const config = { api: s.api, prompt: { ...DEFAULT_SETTINGS.prompt, max_article_words: s.maxWords, system: s.system }, request: { ...DEFAULT_SETTINGS.request, max_tokens: 4 } };
        const base = { data_path: path, task_nums: s.taskNums, dataset: { ...DEFAULT_SETTINGS.dataset, sample: s.sample, seed: s.seed } };
        const whole = await loadDataset(base, silent);
        const cut = await loadDataset({ ...base, prompt: config.prompt }, silent);
        const { prompts } = await fitPrompts(new RowPrompts([...cut.rows], config), config, { ...NO_LIMITS, contextTokens: context, source: 'test' }, countWords);
        expect(promptsOf(prompts)).toEqual([...whole.rows].map((row, i) => buildPrompt(row, config, prompts.wordLimit(i)).prompt));
      }),
      { numRuns: 100 },
    );
  });
});
