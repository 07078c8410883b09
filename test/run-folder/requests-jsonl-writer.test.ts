import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RequestRecord } from '../../src/run-folder/request-record.js';
import { RequestsJsonlWriter } from '../../src/run-folder/requests-jsonl-writer.js';
import { RunError } from '../../src/util/errors.js';

describe('RequestsJsonlWriter on a full disk', () => {
  it.runIf(existsSync('/dev/full'))('throws a RunError naming the file and ENOSPC', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'infergate-writer-')), 'requests.jsonl');
    symlinkSync('/dev/full', file);
    const writer = new RequestsJsonlWriter(file);
    const append = () => writer.append({ id: 'a' } as unknown as RequestRecord);
    expect(append).toThrow(RunError);
    expect(append).toThrow(`${file}: cannot write request record 1 (ENOSPC: the disk is full)`);
    writer.close();
  });
});
