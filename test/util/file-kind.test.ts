import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { readResultsFile } from '../../src/run-folder/results-file.js';
import { loadThresholds } from '../../src/gate/thresholds-config.js';
import { tempTree } from '../support/temp-tree.js';

/** A named pipe given as a configuration, baseline or thresholds file is refused by type: reading it would block. */
describe('named pipes as input files', () => {
  const fifo = (name: string): string => {
    const path = join(tempTree({}), name);
    execFileSync('mkfifo', [path]);
    return path;
  };

  it('host.yaml', () => {
    expect(() => loadConfig(fifo('host.yaml'))).toThrow(/host\.yaml: the host file is a named pipe \(FIFO\), not a regular file$/);
  });

  it('a baseline results.json', () => {
    expect(() => readResultsFile(fifo('baseline.json'))).toThrow(/baseline\.json: the file is a named pipe \(FIFO\), not a regular file$/);
  });

  it('thresholds.yaml', () => {
    expect(() => loadThresholds(fifo('thresholds.yaml'))).toThrow(/thresholds\.yaml: the thresholds file is a named pipe \(FIFO\), not a regular file$/);
  });
});
