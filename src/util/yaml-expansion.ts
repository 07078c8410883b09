import { InputError, located } from './errors.js';

/**
 * YAML aliases (`*name`) make a parsed document a graph: js-yaml shares one object per anchor, so a few
 * kilobytes of nested aliases (an "alias bomb") load in a millisecond but stand for billions of values,
 * and every later step that walks the document (validation, merging, JSON encoding of a request body)
 * expands them, for minutes and gigabytes, with the event loop blocked. A self-referencing anchor
 * (`a: &a [*a]`) never ends at all. This counts the values the document stands for, each shared node
 * measured once, and refuses it beyond a bound no configuration file comes near.
 */
export const MAX_YAML_VALUES = 100_000;

/** Refuses a parsed YAML document that expands to more than MAX_YAML_VALUES values or refers to itself. */
export function assertBoundedYaml(document: unknown, file: string): void {
  const sizes = new Map<object, number>();
  const open = new Set<object>();

  const sizeOf = (node: unknown, path: string): number => {
    if (typeof node !== 'object' || node === null) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (open.has(node)) throw new InputError(located(file, undefined, `${where(path)} refers to itself through a YAML alias`));
    open.add(node);
    let total = 1;
    const children: Array<[string, unknown]> = Array.isArray(node)
      ? node.map((child, i): [string, unknown] => [`${path}[${i}]`, child])
      : Object.entries(node).map(([key, child]): [string, unknown] => [path === '' ? key : `${path}.${key}`, child]);
    for (const [childPath, child] of children) {
      total += sizeOf(child, childPath);
      if (total > MAX_YAML_VALUES) {
        throw new InputError(
          located(file, undefined, `${where(path)} expands to more than ${MAX_YAML_VALUES} values through YAML aliases (an alias bomb?); write the values out or use fewer aliases`),
        );
      }
    }
    open.delete(node);
    sizes.set(node, total);
    return total;
  };
  sizeOf(document, '');
}

function where(path: string): string {
  return path === '' ? 'the document' : `key ${path}`;
}
