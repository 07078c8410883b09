import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { InputError } from '../../src/util/errors.js';
import type { Logger } from '../../src/util/logger.js';
import { tempTree } from '../support/temp-tree.js';

/**
 * Data files that are not plain UTF-8 text files are refused with one InputError naming the file (and
 * line): named pipes, sockets and link loops by type, before anything opens them (a pipe would block for
 * ever), and text that is not UTF-8 at the line of its first bad byte. A BOM is dropped by every reader.
 */
const quiet: Logger = { info: () => undefined, warn: () => undefined };
const dataset = { sample: 'first' as const, seed: 0, cache_dir: '.cache', hub_url: 'http://127.0.0.1:9' };
const ROW = (id: string, summary = 'A summary.') => JSON.stringify({ id, document: 'An article.', summary });
const load = (dataPath: string) => loadDataset({ data_path: dataPath, task_nums: 100, dataset }, quiet);

async function refusal(dataPath: string): Promise<string> {
  const error = await load(dataPath).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const message = (error as Error).message;
  expect(message.split('\n')).toHaveLength(1);
  return message;
}

const servers: Server[] = [];
afterAll(() => servers.forEach((server) => server.close()));

describe('special files in the data', () => {
  it('a named pipe in the data folder is refused by type, without opening it', async () => {
    const dir = tempTree({ 'data/a.jsonl': `${ROW('1')}\n` });
    execFileSync('mkfifo', [join(dir, 'data/b.jsonl')]);
    expect(await refusal(join(dir, 'data'))).toMatch(/data\/b\.jsonl is a named pipe \(FIFO\), not a data file/);
  });

  it('a named pipe as data_path is refused by type', async () => {
    const dir = tempTree({});
    execFileSync('mkfifo', [join(dir, 'pipe.jsonl')]);
    expect(await refusal(join(dir, 'pipe.jsonl'))).toMatch(/^data_path .*pipe\.jsonl is a named pipe \(FIFO\), not a data file or folder$/);
  });

  it('a socket in the data folder is refused by type', async () => {
    const dir = tempTree({ 'data/a.jsonl': `${ROW('1')}\n` });
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(join(dir, 'data/s.sock'), resolve));
    expect(await refusal(join(dir, 'data'))).toMatch(/data\/s\.sock is a socket, not a data file/);
  });

  it('a link loop in the data folder is refused naming it', async () => {
    const dir = tempTree({ 'data/a.jsonl': `${ROW('1')}\n` });
    symlinkSync('loop.jsonl', join(dir, 'data/loop.jsonl'));
    expect(await refusal(join(dir, 'data'))).toMatch(/data\/loop\.jsonl is a symbolic link loop/);
  });

  it('a link loop as data_path is refused naming it', async () => {
    const dir = tempTree({});
    symlinkSync('x.csv', join(dir, 'x.csv'));
    expect(await refusal(join(dir, 'x.csv'))).toMatch(/^data_path .*x\.csv: a symbolic link loop/);
  });

  it('a link back to a parent folder is refused as a cycle, not walked for ever', async () => {
    const dir = tempTree({ 'data/a.jsonl': `${ROW('1')}\n` });
    mkdirSync(join(dir, 'data/sub'));
    symlinkSync('..', join(dir, 'data/sub/up'));
    expect(await refusal(join(dir, 'data'))).toMatch(/data\/sub\/up leads to a folder already read \(a link back to a parent folder/);
  });

  it('links to data files and folders are still followed', async () => {
    const dir = tempTree({ 'real/a.jsonl': `${ROW('1')}\n`, 'more/b.jsonl': `${ROW('2')}\n` });
    mkdirSync(join(dir, 'data'));
    symlinkSync(join(dir, 'real/a.jsonl'), join(dir, 'data/a.jsonl'));
    symlinkSync(join(dir, 'more'), join(dir, 'data/more'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'data/notes.txt')); // broken, but never read
    const loaded = await load(join(dir, 'data'));
    expect([...loaded.rows].map((row) => row.id)).toEqual(['1', '2']);
  });
});

describe('text that is not UTF-8', () => {
  const latin1 = (text: string) => Buffer.from(text, 'latin1');

  it('a Latin-1 CSV is refused at the line of the first bad byte', async () => {
    const dir = tempTree({});
    writeFileSync(join(dir, 'x.csv'), latin1('id,document,summary\n1,plain,ok\n2,Café au lait,fine\n'));
    expect(await refusal(join(dir, 'x.csv'))).toMatch(/x\.csv:3: not UTF-8 text \(byte 0xE9 at column 6\); save the file as UTF-8/);
  });

  it('a Latin-1 JSON Lines file, a JSON file and a .summary file are refused the same way', async () => {
    const dir = tempTree({});
    writeFileSync(join(dir, 'x.jsonl'), Buffer.concat([Buffer.from(`${ROW('1')}\n`), latin1(`${ROW('2', 'Zürich')}\n`)]));
    writeFileSync(join(dir, 'x.json'), latin1(`[\n${ROW('1', 'naïve')}\n]`));
    mkdirSync(join(dir, 'raw'));
    writeFileSync(join(dir, 'raw/1.summary'), latin1('[SN]FIRST-SENTENCE[SN]\nok\n[SN]RESTBODY[SN]\nrésumé\n'));
    expect(await refusal(join(dir, 'x.jsonl'))).toMatch(/x\.jsonl:2: not UTF-8 text \(byte 0xFC/);
    expect(await refusal(join(dir, 'x.json'))).toMatch(/x\.json:2: not UTF-8 text \(byte 0xEF/);
    expect(await refusal(join(dir, 'raw'))).toMatch(/1\.summary:4: not UTF-8 text \(byte 0xE9 at column 2\)/);
  });

  it('a character cut off by the end of the file is named', async () => {
    const dir = tempTree({});
    writeFileSync(join(dir, 'x.jsonl'), Buffer.concat([Buffer.from(`${ROW('1')}\n${ROW('2')}\n`), Buffer.from([0xe2, 0x82])]));
    expect(await refusal(join(dir, 'x.jsonl'))).toMatch(/x\.jsonl:3: not UTF-8 text \(the file ends inside a multi-byte character\)/);
  });

  it('multi-byte characters split across read chunks are fine', async () => {
    const dir = tempTree({});
    // 64 KiB chunks: a long run of 3-byte characters is bound to straddle a boundary.
    const summaries = Array.from({ length: 40 }, (_, i) => ROW(String(i), '€'.repeat(3000)));
    writeFileSync(join(dir, 'x.jsonl'), `${summaries.join('\n')}\n`);
    const loaded = await load(join(dir, 'x.jsonl'));
    expect([...loaded.rows]).toHaveLength(40);
    expect([...loaded.rows][39]!.summary).toBe('€'.repeat(3000));
  });
});

describe('byte-order marks', () => {
  const BOM = '\uFEFF';
  it.each([
    ['x.jsonl', `${BOM}${ROW('1')}\n${ROW('2')}\n`],
    ['x.json', `${BOM}[${ROW('1')}, ${ROW('2')}]`],
    ['x.csv', `${BOM}id,document,summary\n1,An article.,A summary.\n2,An article.,A summary.\n`],
  ])('%s with a BOM reads like one without', async (name, text) => {
    const dir = tempTree({ [name]: text });
    const loaded = await load(join(dir, name));
    expect([...loaded.rows].map((row) => row.id)).toEqual(['1', '2']);
  });

  it('a .summary file with a BOM reads like one without', async () => {
    const dir = tempTree({ 'raw/7.summary': `${BOM}[SN]FIRST-SENTENCE[SN]\nGold.\n[SN]RESTBODY[SN]\nBody.\n` });
    const loaded = await load(join(dir, 'raw'));
    expect([...loaded.rows]).toEqual([{ id: '7', document: 'Body.', summary: 'Gold.' }]);
  });
});
