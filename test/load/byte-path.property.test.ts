/**
 * The hot path reads templated text events from their bytes (SseParser.pushTo → StreamAccumulator.addBytes,
 * event-template.ts matchBytes, text-parts.ts): it must give exactly what the string path gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SseParser, type SseEvent } from '../../src/load/sse-parser.js';
import { StreamAccumulator, StreamFailure } from '../../src/load/stream-accumulator.js';
import { buildFrames, ENGINE_SHAPES } from '../support/stream-shapes.js';

const cutsOf = (bytes: Uint8Array) => fc.uniqueArray(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 }).map((cuts) => cuts.sort((a, b) => a - b));

function chunks(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    out.push(bytes.subarray(from, cut));
    from = cut;
  }
  return out;
}

/** The record fields and text of a stream folded by the string path (add) or the byte path (addBytes first). */
function fold(parts: Uint8Array[], bytePath: boolean): unknown {
  const acc = new StreamAccumulator(0);
  const parser = new SseParser();
  let arrived = 0;
  try {
    for (const part of parts) {
      arrived += 1;
      if (bytePath) parser.pushTo(part, { dataLine: (b, s, e) => acc.addBytes(b, s, e, arrived), event: (data) => acc.add(data, arrived) });
      else parser.push(part, (ev) => acc.add(ev.data, arrived));
    }
  } catch (err) {
    if (!(err instanceof StreamFailure)) throw err;
    return { failed: err.kind, message: err.message };
  }
  return { state: acc.state, text: acc.text() };
}

const piece = fc.oneof(fc.string({ minLength: 1 }), fc.string({ unit: 'binary', minLength: 1 }), fc.stringMatching(/^[ -~]{1,6}$/), fc.constantFrom('"', '\\', '\\"', '\n', '\u0000', ' ', 'é😀', '</s>', '\\u0041', '\u007f'));

describe('the byte path (fast-check)', () => {
  it('folds every engine shape into the same record and text as the string path, however the bytes are cut', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ENGINE_SHAPES), fc.constantFrom('chat' as const, 'completions' as const), fc.array(piece, { maxLength: 4 }), fc.array(piece, { maxLength: 16 }), fc.boolean(),
        (shape, api, reasoning, content, usage) => {
          const frames = buildFrames({ shape, api, model: 'm', reasoning, content, prompt_tokens: 3, finish_reason: 'stop', include_usage: usage, created: 1, request_seq: 7 });
          const bytes = new TextEncoder().encode(frames.map((f) => f.bytes).join(''));
          return fc.assert(
            fc.property(cutsOf(bytes), (cuts) => {
              expect(fold(chunks(bytes, cuts), true)).toEqual(fold(chunks(bytes, cuts), false));
            }),
            { numRuns: 5 },
          ) === undefined;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same record and text for a stream whose later events are cut, edited or extended', () => {
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 6 }), insert: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('"', '\\', '}', ',"x":1', '\u0001', '\n', '\r', 'é', 'data: ')) });
    fc.assert(
      fc.property(fc.constantFrom(...ENGINE_SHAPES), fc.array(fc.stringMatching(/^[ -~]{1,6}$/), { minLength: 3, maxLength: 6 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (shape, content, edits) => {
        const frames = buildFrames({ shape, api: 'chat', model: 'm', reasoning: [], content, prompt_tokens: 3, finish_reason: 'stop', include_usage: true, created: 1, request_seq: 7 });
        let text = frames.map((f) => f.bytes).join('');
        // Edit after the first text event, where the template is already learned.
        const from = text.indexOf('\n\n', text.indexOf(JSON.stringify(content[0]).slice(1, -1))) + 2;
        for (const e of edits) {
          const at = from + (e.at % (text.length - from + 1));
          text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
        }
        const bytes = new TextEncoder().encode(text);
        expect(fold([bytes], true)).toEqual(fold([bytes], false));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a templated vLLM text event from its bytes, and leaves the rest to the string path', () => {
    const frames = buildFrames({ shape: 'vllm', api: 'chat', model: 'm', reasoning: [], content: [' a', ' b', ' é', ' c'], prompt_tokens: 3, finish_reason: 'stop', include_usage: true, created: 1, request_seq: 7 });
    const acc = new StreamAccumulator(0);
    const parser = new SseParser();
    const taken: string[] = [];
    const decoded: string[] = [];
    parser.pushTo(new TextEncoder().encode(frames.map((f) => f.bytes).join('')), {
      dataLine: (b, s, e) => acc.addBytes(b, s, e, 1) && taken.push(b.toString('utf8', s, e)) > 0,
      event: (data) => {
        decoded.push(data);
        acc.add(data, 1);
      },
    });
    // The role chunk, the first text (it teaches the template), the non-ASCII one, finish, usage and [DONE] are decoded.
    expect(taken.map((d) => JSON.parse(d).choices[0].delta.content)).toEqual([' b', ' c']);
    expect(decoded).toHaveLength(6);
    expect(acc.text()).toBe(' a b é c');
    expect(acc.state.text_event_ms).toHaveLength(4);
  });
});

describe('SseParser.pushTo (fast-check)', () => {
  const streamText = fc.array(
    fc.oneof(fc.constantFrom('data: ', 'data:', 'event: x\n', 'id: 1\n', ': ping\n', '\n', '\r\n', '\r', '\n\n', '{"a":1}', 'é', ':'), fc.string()),
    { maxLength: 40 },
  ).map((parts) => new TextEncoder().encode(parts.join('')));

  it('gives the events push gives, whether the sink takes the offered data lines or declines them', () => {
    fc.assert(
      fc.property(streamText.chain((bytes) => fc.tuple(fc.constant(bytes), cutsOf(bytes), fc.boolean())), ([bytes, cuts, take]) => {
        const viaPush: SseEvent[] = [];
        const viaPushTo: SseEvent[] = [];
        const a = new SseParser();
        const b = new SseParser();
        for (const part of chunks(bytes, cuts)) {
          a.push(part, (ev) => viaPush.push(ev));
          b.pushTo(part, {
            dataLine: (buf, s, e) => take && viaPushTo.push({ data: buf.toString('utf8', s, e), event: 'message' }) > 0,
            event: (data, event) => viaPushTo.push({ data, event }),
          });
        }
        expect(viaPushTo).toEqual(viaPush);
        expect(b.end()).toBe(a.end());
      }),
      { numRuns: 1000 },
    );
  });
});
