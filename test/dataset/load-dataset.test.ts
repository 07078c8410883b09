import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RowPrompts } from '../../src/dataset/build-prompts.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { DEFAULT_SETTINGS } from '../../src/config/settings-schema.js';
import type { Logger } from '../../src/util/logger.js';
import { tempTree } from '../support/temp-tree.js';

function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info ${m}`), warn: (m) => lines.push(`warn ${m}`) };
}

const datasetSettings = (over: Partial<{ sample: 'first' | 'random'; seed: number; cache_dir: string; hub_url: string }> = {}) => ({
  sample: 'first' as const,
  seed: 0,
  cache_dir: '.cache',
  hub_url: 'http://127.0.0.1:9',
  ...over,
});

describe('XSum readers', () => {
  it('reads knkarthick CSV (dialogue column, quoted newlines and commas)', async () => {
    const dir = tempTree({ 'test.csv': 'id,dialogue,summary\n1,"First line,\nsecond ""quoted"" line",A summary.\n2,Plain,Another.\n' });
    const d = await loadDataset({ data_path: join(dir, 'test.csv'), task_nums: 10, dataset: datasetSettings() }, recordingLog());
    expect([...d.rows]).toEqual([
      { id: '1', document: 'First line,\nsecond "quoted" line', summary: 'A summary.' },
      { id: '2', document: 'Plain', summary: 'Another.' },
    ]);
  });

  it('reads EdinburghNLP .summary files and every data file of a folder, in path order', async () => {
    const summary = '[SN]URL[SN]\nhttp://example\n\n[SN]TITLE[SN]\nT\n\n[SN]FIRST-SENTENCE[SN]\nThe gold summary.\n\n[SN]RESTBODY[SN]\nThe article body.\nMore body.\n';
    const dir = tempTree({
      'data/b/39000001.summary': summary,
      'data/a.jsonl': `${JSON.stringify({ id: 'j1', document: 'D', summary: 'S' })}\n`,
      'data/c.json': JSON.stringify([{ id: 7, document: 'D7', summary: 'S7' }]),
      'data/notes.md': 'ignored',
    });
    const d = await loadDataset({ data_path: join(dir, 'data'), task_nums: 10, dataset: datasetSettings() }, recordingLog());
    expect([...d.rows].map((r) => r.id)).toEqual(['j1', '39000001', '7']);
    expect([...d.rows][1]).toEqual({ id: '39000001', document: 'The article body.\nMore body.', summary: 'The gold summary.' });
  });

  it('counts and reports unusable rows instead of dropping them silently', async () => {
    const rows = [
      { id: 'a', document: 'doc', summary: 'sum' },
      { id: 'b', document: '  ', summary: 'sum' },
      { id: 'c', document: 'doc', summary: '' },
      { id: '', document: 'doc', summary: 'sum' },
      { id: 'a', document: 'doc again', summary: 'sum' },
    ];
    const dir = tempTree({ 'x.jsonl': rows.map((r) => JSON.stringify(r)).join('\n') });
    const log = recordingLog();
    const d = await loadDataset({ data_path: join(dir, 'x.jsonl'), task_nums: 10, dataset: datasetSettings() }, log);
    expect([...d.rows].map((r) => r.id)).toEqual(['a']);
    expect(d.rows_read).toBe(5);
    expect(d.rows_skipped).toEqual({ empty_document: 1, no_summary: 1, bad_id: 1, duplicate_id: 1 });
    expect(d.skipped_examples[0]).toBe(`${join(dir, 'x.jsonl')}:2: empty document`);
    expect(log.lines.some((l) => l.startsWith('warn') && l.includes('4 of 5 rows cannot be used'))).toBe(true);
  });

  it('takes the first task_nums rows, or a seeded sample that is stable and in dataset order', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => JSON.stringify({ id: `r${i}`, document: `d${i}`, summary: `s${i}` }));
    const dir = tempTree({ 'x.jsonl': rows.join('\n') });
    const path = join(dir, 'x.jsonl');
    const first = await loadDataset({ data_path: path, task_nums: 5, dataset: datasetSettings() }, recordingLog());
    expect([...first.rows].map((r) => r.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    const a = await loadDataset({ data_path: path, task_nums: 10, dataset: datasetSettings({ sample: 'random', seed: 7 }) }, recordingLog());
    const b = await loadDataset({ data_path: path, task_nums: 10, dataset: datasetSettings({ sample: 'random', seed: 7 }) }, recordingLog());
    const c = await loadDataset({ data_path: path, task_nums: 10, dataset: datasetSettings({ sample: 'random', seed: 8 }) }, recordingLog());
    expect([...a.rows]).toEqual([...b.rows]);
    expect(a.checksum).toBe(b.checksum);
    expect([...a.rows]).not.toEqual([...c.rows]);
    expect(a.checksum).not.toBe(c.checksum);
    const indices = [...a.rows].map((r) => Number(r.id.slice(1)));
    expect(indices).toEqual([...indices].sort((x, y) => x - y));
    expect(new Set(indices).size).toBe(10);
  });
});

describe('the rows kept and their checksum', () => {
  it('keeps articles cut to prompt.max_article_words and hashes them whole: the demo profile\'s pinned checksum', async () => {
    const path = fileURLToPath(new URL('../fixtures/xsum/sample-50.jsonl', import.meta.url));
    const d = await loadDataset({ data_path: path, task_nums: 50, dataset: datasetSettings(), prompt: { max_article_words: 300 } }, recordingLog());
    expect(d.checksum).toBe('sha256:446ef59d2b49a2d5267a9150a09716da6936382d0d5b3ed69d0625430bbb9605');
    expect(d.truncated).toBeGreaterThan(0);
    expect(Math.max(...[...d.rows].map((r) => r.document.split(' ').length))).toBe(300);
  });
});

describe('hub download when data_path is not set', () => {
  let server: Server;
  let hits = 0;
  let url = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits++;
      if (req.url === '/datasets/xsum/test.csv') {
        res.writeHead(200, { 'content-type': 'text/csv' });
        res.end('id,dialogue,summary\n11,An article.,A summary.\n');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/datasets/xsum`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('downloads the test split once into the cache, says so, and reuses it', async () => {
    const cache = join(tempTree({}), 'cache');
    const log = recordingLog();
    const first = await loadDataset({ data_path: null, task_nums: 5, dataset: datasetSettings({ cache_dir: cache, hub_url: url }) }, log);
    expect([...first.rows]).toEqual([{ id: '11', document: 'An article.', summary: 'A summary.' }]);
    expect(log.lines.some((l) => l.includes(`downloading the XSum test split once from ${url}/test.csv`))).toBe(true);
    expect(readFileSync(join(cache, 'knkarthick-xsum', 'test.csv'), 'utf8')).toContain('An article.');
    const before = hits;
    const again = await loadDataset({ data_path: null, task_nums: 5, dataset: datasetSettings({ cache_dir: cache, hub_url: url }) }, recordingLog());
    expect([...again.rows]).toEqual([...first.rows]);
    expect(hits).toBe(before);
  });

  it('fails with one sentence and leaves no partial file when the hub answers 404', async () => {
    const cache = join(tempTree({}), 'cache');
    await expect(loadDataset({ data_path: null, task_nums: 5, dataset: datasetSettings({ cache_dir: cache, hub_url: `${url}/missing` }) }, recordingLog())).rejects.toThrow(
      /data_path is not set and the XSum download from .* failed \(HTTP 404\); set data_path/,
    );
    expect(existsSync(join(cache, 'knkarthick-xsum', 'test.csv'))).toBe(false);
    expect(existsSync(join(cache, 'knkarthick-xsum', 'test.csv.partial'))).toBe(false);
  });
});

describe('prompts', () => {
  const dir = tempTree({ 'x.jsonl': `${JSON.stringify({ id: '1', document: 'one two three four five', summary: 's' })}\n` });
  const load = (maxArticleWords: number) => loadDataset({ data_path: join(dir, 'x.jsonl'), task_nums: 1, dataset: datasetSettings(), prompt: { max_article_words: maxArticleWords } }, recordingLog());
  it('follows HELM: the article, a blank line, then the instruction; long articles are cut and counted', async () => {
    const cut = await load(3);
    const chat = new RowPrompts([...cut.rows], { api: 'chat', prompt: { ...DEFAULT_SETTINGS.prompt, max_article_words: 3 } });
    expect(chat.promptFor(0).messages).toEqual([{ role: 'user', content: 'one two three\n\nSummarize the above article in 1 sentence.' }]);
    expect(cut.truncated).toBe(1);
    const whole = await load(DEFAULT_SETTINGS.prompt.max_article_words);
    const completion = new RowPrompts([...whole.rows], { api: 'completions', prompt: { ...DEFAULT_SETTINGS.prompt } });
    expect(completion.promptFor(0).prompt).toBe('###\nArticle: one two three four five\n\nSummarize the above article in 1 sentence.\n');
    expect(whole.truncated).toBe(0);
  });
});
