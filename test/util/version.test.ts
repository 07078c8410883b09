import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INFERGATE_VERSION } from '../../src/util/version.js';

describe('INFERGATE_VERSION', () => {
  it('is the version package.json declares (the bundle cannot read package.json)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(INFERGATE_VERSION).toBe(pkg.version);
  });
});
