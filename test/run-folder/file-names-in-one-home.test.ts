import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LAYOUT_FILE_NAMES } from '../../src/run-folder/layout.js';

/**
 * Issue 15: a run-folder file name is spelled in src/run-folder/ only; every other module takes it from
 * the layout table. Comments may name files (they explain); string and template literals may not.
 */
const SRC = join(import.meta.dirname, '..', '..', 'src');
const HOME = join(SRC, 'run-folder');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name));
}

/** The text of every string and template literal piece in a TypeScript source, with its line. */
function literalsOf(file: string, source: string): Array<{ line: number; text: string }> {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: Array<{ line: number; text: string }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      found.push({ line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    node.forEachChild(visit);
  };
  visit(tree);
  return found;
}

/**
 * A name counts where it stands on its own or after a bare `/` (`${dir}/results.json`): not inside a longer
 * name, nor under another folder (docs/report.md is documentation, not the run's report).
 */
function namesIn(text: string, names: readonly string[]): string[] {
  return names.filter((name) => new RegExp(`(?<![\\w.-])(?<![\\w.-]/)${name.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}(?![\\w-])`).test(text));
}

const NAMES = [...new Set(LAYOUT_FILE_NAMES.flatMap((name) => [name, basename(name)]))];

describe('run-folder file names', () => {
  it('the layout table names every file the issue lists', () => {
    for (const name of ['results.json', 'requests.jsonl', 'predictions.jsonl', 'comparison.json', 'report.html', 'report.md', 'output.txt', 'engine-process.json', 'console.log', 'telemetry.jsonl', 'ab.json']) {
      expect(NAMES).toContain(name);
    }
  });

  it('finds a name in a literal but not in a comment or a longer path', () => {
    const source = "// results.json\nconst a = 'no results.json here';\nconst b = `${x}/comparison.json`;\nconst c = 'docs/report.md';\n";
    const hits = literalsOf('x.ts', source).flatMap(({ line, text }) => namesIn(text, NAMES).map((name) => `${line}:${name}`));
    expect(hits).toEqual(['2:results.json', '3:comparison.json']);
  });

  it('appear in src/run-folder/ only', () => {
    const offenders = tsFiles(SRC)
      .filter((file) => !file.startsWith(HOME + sep))
      .flatMap((file) =>
        literalsOf(file, readFileSync(file, 'utf8')).flatMap(({ line, text }) =>
          namesIn(text, NAMES).map((name) => `${relative(SRC, file)}:${line} spells ${name}`),
        ),
      );
    expect(offenders).toEqual([]);
  });
});
