import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('comments that cite a test', () => {
  it('cite a test file that exists', () => {
    const stale = sourceFiles('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\btest\/[\w./-]+\.ts\b/g)]
        .map((match) => match[0])
        .filter((cited) => !existsSync(cited))
        .map((cited) => `${file} cites ${cited}`));
    expect(stale).toEqual([]);
  });
});
