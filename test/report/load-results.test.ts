import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultsFile as loadResults } from '../../src/run-folder/results-file.js';
import { InputError } from '../../src/util/errors.js';
import { makeResults } from '../gate/make-results.js';
import { tempTree } from '../support/temp-tree.js';

/** The report's results reader refuses what the gate's refuses: values no run can produce, named by key. */
describe('loadResults', () => {
  const write = (content: string | Buffer): string => {
    const file = join(tempTree({}), 'results.json');
    writeFileSync(file, content);
    return file;
  };

  it.each([
    [{ e2el_ms_p99: -4 }, 'key headline.e2el_ms_p99 cannot be negative, got -4'],
    [{ failed_requests: -3 }, 'key headline.failed_requests cannot be negative, got -3'],
    [{ completed_requests: 2.5 }, 'key headline.completed_requests must be a whole number, got 2.5'],
  ])('%o is refused naming the key', (headline, expected) => {
    const file = write(JSON.stringify(makeResults(headline)));
    expect(() => loadResults(file)).toThrow(InputError);
    expect(() => loadResults(file)).toThrow(`${file}: ${expected}`);
  });

  it('reads a results.json with a BOM', () => {
    expect(loadResults(write(`\uFEFF${JSON.stringify(makeResults({ ttft_ms_p99: 5 }))}`)).headline).toEqual({ ttft_ms_p99: 5 });
  });
});
