import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURE_RUN = join(here, '..', 'fixtures', 'report', 'run');
export const FIXTURE_BASELINE = join(here, '..', 'fixtures', 'report', 'baseline', 'results.json');
export const TEST_OUTPUT = join(here, '..', '..', 'test-output', 'report');

/** A scratch copy of the fixture run folder, so writing the report never touches the checked-in files. */
export function scratchRun(): string {
  const dir = mkdtempSync(join(tmpdir(), 'infergate-report-'));
  cpSync(FIXTURE_RUN, dir, { recursive: true });
  return dir;
}
