import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/util/errors.js';
import { readFileOrFail } from '../../src/util/read-file.js';

const dir = mkdtempSync(join(tmpdir(), 'ig-read-file-'));

function failure(path: string, wording: Parameters<typeof readFileOrFail>[1]): Error {
  try {
    readFileOrFail(path, wording);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('readFileOrFail: the one "read a file or say why not" helper', () => {
  it('returns the bytes of a file', () => {
    writeFileSync(join(dir, 'a.txt'), 'abc');
    expect(readFileOrFail(join(dir, 'a.txt'), { what: 'the file' }).toString()).toBe('abc');
  });

  it('a missing file: the caller\'s sentence, or the errno code when the caller has none', () => {
    const missing = join(dir, 'none.yaml');
    const worded = failure(missing, { what: 'the thresholds file', missing: 'thresholds file not found' });
    expect(worded).toBeInstanceOf(InputError);
    expect(worded.message).toBe(`${missing}: thresholds file not found`);
    expect(failure(missing, { what: 'the file' }).message).toBe(`${missing}: cannot read the file (ENOENT)`);
  });

  it('a folder: one sentence naming the path, the code and what it means', () => {
    expect(failure(dir, { what: 'the host file' }).message).toBe(`${dir}: cannot read the host file (EISDIR: it is a folder)`);
  });
});
