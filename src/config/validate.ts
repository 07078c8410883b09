import type { z } from 'zod';
import { InputError, located } from '../util/errors.js';
import { closestKey } from './closest-key.js';
import { lineOf } from './key-lines.js';

/** Where the values being validated came from, for the message. */
export interface Source {
  path: string;
  lines: Map<string, number>;
}

/** Validates `data` against `schema`; the first problem becomes one InputError naming file, line and key. */
export function validate<S extends z.ZodType>(schema: S, data: unknown, source: Source): z.infer<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new InputError(`${source.path}: invalid configuration`);
  throw new InputError(describeIssue(schema, issue, source));
}

function describeIssue(schema: z.ZodType, issue: z.core.$ZodIssue, source: Source): string {
  const path = issue.path.map(String);
  const key = path.join('.');
  if (issue.code === 'unrecognized_keys') {
    const unknown = issue.keys[0] ?? '';
    const fullPath = [...path, unknown];
    const suggestion = closestKey(unknown, keysAt(schema, path));
    const hint = suggestion ? ` — did you mean "${[...path, suggestion].join('.')}"?` : ` (valid keys: ${keysAt(schema, path).join(', ')})`;
    return located(source.path, lineOf(source.lines, fullPath), `unknown key "${fullPath.join('.')}"${hint}`);
  }
  const line = lineOf(source.lines, path);
  const input = 'input' in issue ? issue.input : undefined;
  // A URL's user:password@ is never repeated (endpoint-url.ts says why).
  const got = input === undefined ? '' : `, got ${JSON.stringify(input).replace(/\/\/[^/@\s"]*@/g, '//***@')}`;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return located(source.path, line, `missing required key "${key}" (${expected(issue.expected)})`);
      return located(source.path, line, `${key} must be ${expected(isInteger(schema, path) ? 'int' : issue.expected)}${got}`);
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'string') return located(source.path, line, `${key} must not be empty`);
      return located(source.path, line, `${key} must be ${issue.inclusive === false ? '>' : '≥'} ${String(issue.minimum)}${got}`);
    case 'too_big': {
      // A bound written with its reason (bounds.ts) says why; zod's own message only repeats the number.
      const why = issue.message.startsWith('Too big') ? '' : ` (${issue.message})`;
      return located(source.path, line, `${key} must be ${issue.inclusive === false ? '<' : '≤'} ${String(issue.maximum)}${got}${why}`);
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const suggestion = typeof input === 'string' ? closestKey(input, options) : undefined;
      const hint = suggestion ? ` — did you mean "${suggestion}"?` : '';
      return located(source.path, line, `${key} must be one of ${options.join(', ')}${got}${hint}`);
    }
    default:
      return located(source.path, line, `${key}: ${issue.message}${got}`);
  }
}

function expected(type: string): string {
  switch (type) {
    case 'int':
      return 'an integer';
    case 'number':
      return 'a number';
    case 'string':
      return 'a string';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'a mapping of keys to values';
    default:
      return type;
  }
}

/** Whether the schema at `path` takes whole numbers only (zod reports them as plain "number"). */
function isInteger(schema: z.ZodType, path: string[]): boolean {
  let node: unknown = schema;
  for (const segment of path) {
    const shape = (unwrap(node) as { shape?: Record<string, unknown> }).shape;
    if (!shape) return false;
    node = shape[segment];
  }
  const format = (unwrap(node) as { format?: string | null } | undefined)?.format;
  return typeof format === 'string' && format.includes('int');
}

/** The keys a (possibly wrapped) object schema accepts at `path`, for "did you mean" suggestions. */
function keysAt(schema: z.ZodType, path: string[]): string[] {
  let node: unknown = schema;
  for (const segment of [...path, null]) {
    node = unwrap(node);
    const shape = (node as { shape?: Record<string, unknown> }).shape;
    if (!shape) return [];
    if (segment === null) return Object.keys(shape);
    node = shape[segment];
  }
  return [];
}

function unwrap(node: unknown): unknown {
  let current = node as { def?: { type?: string; innerType?: unknown } };
  while (current?.def && (current.def.type === 'optional' || current.def.type === 'default' || current.def.type === 'nullable')) {
    current = current.def.innerType as typeof current;
  }
  return current;
}
