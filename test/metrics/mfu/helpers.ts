import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'mfu');
export const fixture = (name: string): string => join(fixturesDir, name);
