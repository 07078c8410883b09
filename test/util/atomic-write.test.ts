import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeJsonAtomic } from '../../src/util/atomic-write.js';

/** Results files are written atomically: a failure at any point leaves the previous file or the whole new one. */
describe('writeFileAtomic', () => {
  it('replaces the file whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'infergate-atomic-'));
    const file = join(dir, 'results.json');
    writeJsonAtomic(file, { run: 1 });
    writeJsonAtomic(file, { run: 2 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ run: 2 });
    expect(readdirSync(dir)).toEqual(['results.json']);
  });

  it('a write that fails leaves the previous file untouched and no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'infergate-atomic-'));
    const file = join(dir, 'results.json');
    writeFileSync(file, '{"run": 1}\n');
    // The temporary sibling cannot be created (a folder sits where it would go), as when the disk refuses.
    mkdirSync(`${file}.${process.pid}.tmp`);
    expect(() => writeFileAtomic(file, '{"run": 2}\n')).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('{"run": 1}\n');
  });
});
