import { describe, expect, it } from 'vitest';
import { reconnectNotice } from '../../src/pipeline/measure-load.js';

describe('load notices', () => {
  it('words a re-sent request as a note that says what happened and that it is expected, not as a failure', () => {
    const text = reconnectNotice(6);
    expect(text).toMatch(/^note: 6 requests were sent again on a new connection/);
    expect(text).toContain('timed from its re-send');
    expect(text).toContain('docs/metrics.md');
    expect(reconnectNotice(1)).toMatch(/^note: 1 request was sent again/);
  });
});
