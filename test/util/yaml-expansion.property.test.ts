import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/util/errors.js';
import { assertBoundedYaml, MAX_YAML_VALUES } from '../../src/util/yaml-expansion.js';

/** YAML text of `levels` anchors, each a list of `fanout` aliases to the one before; the first holds `fanout` scalars. */
function aliasLadder(levels: number, fanout: number): string {
  const lines = [`l0: &l0 [${Array(fanout).fill('x').join(', ')}]`];
  for (let level = 1; level < levels; level++) lines.push(`l${level}: &l${level} [${Array(fanout).fill(`*l${level - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

/** Values the document stands for once expanded: the root, each level's list and everything under it. */
function expandedSize(levels: number, fanout: number): number {
  let total = 1;
  let size = 1 + fanout; // l0: the list and its scalars
  for (let level = 0; level < levels; level++) {
    total += size;
    size = 1 + fanout * size;
  }
  return total;
}

describe('assertBoundedYaml', () => {
  it('accepts any alias-free document below the bound', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(() => assertBoundedYaml(value, 'f.yaml')).not.toThrow();
      }),
    );
  });

  it('refuses an alias ladder exactly when its expansion passes the bound', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 12 }), (levels, fanout) => {
        const document = yaml.load(aliasLadder(levels, fanout), { schema: yaml.CORE_SCHEMA });
        const check = () => assertBoundedYaml(document, 'f.yaml');
        if (expandedSize(levels, fanout) > MAX_YAML_VALUES) expect(check).toThrow(InputError);
        else expect(check).not.toThrow();
      }),
    );
  });

  it('refuses an anchor that contains itself, however deep', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), (depth) => {
        const nesting = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i + 1)}k${i}:\n`).join('');
        const document = yaml.load(`a: &a\n${nesting}${'  '.repeat(depth + 1)}back: *a\n`, { schema: yaml.CORE_SCHEMA });
        expect(() => assertBoundedYaml(document, 'f.yaml')).toThrow(/refers to itself through a YAML alias/);
      }),
    );
  });
});
