import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportError } from '../../src/cli/report-error.js';
import { ExitCode, InputError } from '../../src/util/errors.js';

describe('exit codes: one table (ExitCode), the one docs/exit-codes.md lists', () => {
  it('docs/exit-codes.md lists exactly the codes of the ExitCode table', () => {
    const documented = [...readFileSync('docs/exit-codes.md', 'utf8').matchAll(/^\| (\d+) \|/gm)].map((match) => Number(match[1]));
    expect(documented.sort((a, b) => a - b)).toEqual(Object.values(ExitCode).sort((a, b) => a - b));
  });

  it('an error no stage recognised is an internal error (ExitCode.internal), said as such', () => {
    const lines: string[] = [];
    expect(reportError(new TypeError('x is undefined'), (line) => lines.push(line))).toBe(ExitCode.internal);
    expect(lines.join('')).toMatch(/^infergate: internal error: x is undefined \(please report it/);
    expect(reportError(new InputError('host.yaml: bad'), (line) => lines.push(line))).toBe(ExitCode.badInput);
  });
});
