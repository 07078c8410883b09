import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The dist check (scripts/check-dist.mjs, part of `npm test`) must pass on the committed dist/ and fail
 * on a stale one. Checked on the smallest bundle (post) to keep it quick; a stale dist/ is simulated by
 * a copy of the committed one with a changed byte.
 */
const repo = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'infergate-dist-check-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const check = (...args: string[]) => spawnSync(process.execPath, [join(repo, 'scripts/check-dist.mjs'), ...args, 'post'], { cwd: repo, encoding: 'utf8' });

describe('dist check', () => {
  it('passes on the committed dist/', () => {
    const result = check();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('matches a fresh build');
  }, 180_000);

  it('fails on a stale dist/, naming the file', () => {
    const stale = join(temp, 'dist');
    cpSync(join(repo, 'dist'), stale, { recursive: true });
    appendFileSync(join(stale, 'post/index.js'), '\n// built from older sources\n');
    const result = check('--dist', stale);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('dist/ is stale');
    expect(result.stderr).toContain('dist/post/index.js differs from a fresh build');
  }, 180_000);
});
