import { describe, expect, it } from 'vitest';
import { parseOverrides } from '../../src/config/overrides.js';

describe('--set paths that name an object prototype', () => {
  it.each(['__proto__.polluted=1', 'request.extra_body.__proto__.polluted=1', 'request.extra_body.__proto__={}', 'constructor.prototype.polluted=1'])('%s is refused, and nothing is polluted', (assignment) => {
    expect(() => parseOverrides([assignment])).toThrow(/cannot be a key \(no setting has that name\)/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ordinary paths still nest', () => {
    expect(parseOverrides(['request.extra_body.top_k=5', 'load.concurrency=8'])).toEqual({ request: { extra_body: { top_k: 5 } }, load: { concurrency: 8 } });
  });
});
