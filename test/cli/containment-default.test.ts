import { describe, expect, it } from 'vitest';
import { pathsMayLeaveWorkspace } from '../../src/cli/workspace-paths.js';

describe('path containment of `infergate run`', () => {
  it('is on inside a GitHub workflow unless the flag lifts it', () => {
    expect(pathsMayLeaveWorkspace(undefined, { GITHUB_ACTIONS: 'true' })).toBe(false);
    expect(pathsMayLeaveWorkspace(false, { GITHUB_ACTIONS: 'true' })).toBe(false);
    expect(pathsMayLeaveWorkspace(true, { GITHUB_ACTIONS: 'true' })).toBe(true);
  });

  it('is off for a person’s own run, outside a workflow', () => {
    expect(pathsMayLeaveWorkspace(undefined, {})).toBe(true);
    expect(pathsMayLeaveWorkspace(undefined, { GITHUB_ACTIONS: '' })).toBe(true);
    expect(pathsMayLeaveWorkspace(undefined, { CI: 'true' })).toBe(true);
  });
});
