import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * package.json's `engines.node` is a promise to CLI users (Node 20) and to the action (GitHub's node24):
 * every runtime dependency in the lock file must accept the lowest version it names, and node24.
 */
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }>;
};

describe('Node engine ranges', () => {
  it('every runtime dependency accepts the lowest supported Node and node24', () => {
    const lowest = semver.minVersion(pkg.engines.node)!.version;
    const refused: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
      if (path === '' || entry.dev || range === undefined) continue;
      for (const version of [lowest, '24.0.0']) {
        if (!semver.satisfies(version, range)) refused.push(`${path} wants node ${range}, not ${version}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
