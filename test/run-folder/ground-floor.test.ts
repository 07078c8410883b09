import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** src/run-folder/ is the ground floor every stage reads and writes through: it imports only src/util/. */
const SRC = join(import.meta.dirname, '..', '..', 'src');
const HOME = join(SRC, 'run-folder');

function projectImports(file: string): string[] {
  const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  return tree.statements
    .filter((s): s is ts.ImportDeclaration | ts.ExportDeclaration => (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier !== undefined)
    .map((s) => (s.moduleSpecifier as ts.StringLiteral).text)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(SRC, resolve(dirname(file), spec)));
}

describe('src/run-folder/', () => {
  it('imports nothing of infergate but src/util/ and itself', () => {
    const files = readdirSync(HOME).filter((name) => name.endsWith('.ts')).map((name) => join(HOME, name));
    expect(files.length).toBeGreaterThan(0);
    const outside = files.flatMap((file) => projectImports(file).filter((target) => !/^(util|run-folder)\//.test(target)).map((target) => `${relative(SRC, file)} imports ${target}`));
    expect(outside).toEqual([]);
  });
});
