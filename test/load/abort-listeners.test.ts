import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { onAbort } from '../../src/load/abort-listeners.js';

describe('onAbort', () => {
  it('calls every callback still registered, once, through a single listener on the signal', () => {
    const stop = new AbortController();
    const calls: string[] = [];
    const cancels = Array.from({ length: 1000 }, (_, i) => onAbort(stop.signal, () => calls.push(`r${i}`)));
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(1);
    cancels.forEach((cancel, i) => { if (i % 2 === 1) cancel(); });
    stop.abort();
    stop.abort();
    expect(calls).toHaveLength(500);
    expect(calls.every((c) => Number(c.slice(1)) % 2 === 0)).toBe(true);
  });

  it('keeps separate signals apart', () => {
    const a = new AbortController();
    const b = new AbortController();
    let fromA = 0;
    let fromB = 0;
    onAbort(a.signal, () => (fromA += 1));
    onAbort(b.signal, () => (fromB += 1));
    a.abort();
    expect([fromA, fromB]).toEqual([1, 0]);
  });
});
