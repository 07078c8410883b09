import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SseParser, type SseEvent } from '../../src/load/sse-parser.js';
import { StreamAccumulator, StreamFailure } from '../../src/load/stream-accumulator.js';
import { ReferenceSseParser } from '../support/sse-reference-parser.js';

/** Feeds `bytes` to a fresh parser (the one under test, or the earlier reference) cut at `cuts` (sorted offsets); returns the events and end()'s answer. */
function parse(bytes: Uint8Array, cuts: number[] = [], parser: Pick<SseParser, 'push' | 'end'> = new SseParser()): { events: SseEvent[]; incomplete: boolean } {
  const events: SseEvent[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    parser.push(bytes.subarray(from, cut), (event) => events.push(event));
    from = cut;
  }
  return { events, incomplete: parser.end() };
}

/** Bytes that look like an event stream often enough to reach every branch: fields, colons, CR, LF, UTF-8. */
const streamText = fc.array(
  fc.oneof(
    fc.constantFrom('data: ', 'data:', 'event: ', 'id: 1', ': ping', 'retry: 10', '\n', '\r\n', '\r', '\n\n', '{"choices":[]}', '[DONE]', 'é', '😀', ':'),
    fc.string(),
  ),
  { maxLength: 40 },
).map((parts) => new TextEncoder().encode(parts.join('')));
const anyBytes = fc.oneof(streamText, fc.uint8Array({ maxLength: 300 }));
const cutsOf = (bytes: Uint8Array) => fc.uniqueArray(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 }).map((cuts) => cuts.sort((a, b) => a - b));

describe('SseParser under arbitrary input (fast-check)', () => {
  it('never throws, whatever the bytes', () => {
    fc.assert(fc.property(anyBytes, (bytes) => void parse(bytes)), { numRuns: 500 });
  });

  // Two cut sets, one per side: besides matching the earlier parser, this holds the new one to the same
  // events however the network cuts the bytes (new(cuts) = reference(other cuts) = new(no cuts)).
  it('gives event for event what the earlier character-loop parser gave, however the bytes are cut', () => {
    fc.assert(
      fc.property(anyBytes.chain((bytes) => fc.tuple(fc.constant(bytes), cutsOf(bytes), cutsOf(bytes))), ([bytes, cuts, otherCuts]) => {
        expect(parse(bytes, cuts)).toEqual(parse(bytes, otherCuts, new ReferenceSseParser()));
      }),
      { numRuns: 1000 },
    );
  });

  it('returns every data payload written, with any of the three line endings', () => {
    const payload = fc.string().filter((s) => !/[\r\n]/.test(s));
    fc.assert(
      fc.property(fc.array(payload, { maxLength: 10 }), fc.constantFrom('\n', '\r\n', '\r'), (payloads, eol) => {
        const text = payloads.map((p) => `data: ${p}${eol}${eol}`).join('');
        const { events, incomplete } = parse(new TextEncoder().encode(text));
        expect(events.map((e) => e.data)).toEqual(payloads);
        expect(incomplete).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('StreamAccumulator under arbitrary event data (fast-check)', () => {
  const data = fc.oneof(
    fc.string(),
    fc.json(),
    fc.anything().map((v) => JSON.stringify({ choices: [{ index: 0, delta: { content: v }, finish_reason: null }], usage: v })),
    fc.anything().map((v) => JSON.stringify({ choices: v })),
  );
  it('refuses data that is not JSON with a StreamFailure (so the property below can see both outcomes)', () => {
    expect(() => new StreamAccumulator(0).add('{"choices": [', 1)).toThrow(StreamFailure);
  });

  it('either accepts an event or refuses it with a StreamFailure, never another exception', () => {
    fc.assert(
      fc.property(fc.array(data, { maxLength: 8 }), (events) => {
        const acc = new StreamAccumulator(0);
        for (const [i, event] of events.entries()) {
          try {
            acc.add(event, i);
          } catch (error) {
            expect(error).toBeInstanceOf(StreamFailure);
            return;
          }
        }
        expect(typeof acc.text()).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});
