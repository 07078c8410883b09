/** The fast path for repeated text chunks (event-template.ts) answers exactly as the full JSON.parse path. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventTemplates } from '../../src/load/event-template.js';
import { SseParser } from '../../src/load/sse-parser.js';
import { interpretEventData } from '../../src/load/stream-event.js';
import { buildFrames, ENGINE_SHAPES } from '../support/stream-shapes.js';

/** The full path's answer, or the message it throws. */
function full(data: string): unknown {
  try {
    return interpretEventData(data);
  } catch (err) {
    return { threw: (err as Error).message };
  }
}

/** The fast path's answers for a stream's events in order, each as full() gives it. */
function fast(datas: string[]): unknown[] {
  const templates = new EventTemplates();
  return datas.map((data) => {
    try {
      return templates.interpret(data);
    } catch (err) {
      return { threw: (err as Error).message };
    }
  });
}

/** The data payloads of an engine shape's frames for the given pieces. */
function datasOf(shape: (typeof ENGINE_SHAPES)[number], api: 'chat' | 'completions', reasoning: string[], content: string[], usage: boolean): string[] {
  const frames = buildFrames({ shape, api, model: 'm', reasoning, content, prompt_tokens: 3, finish_reason: 'stop', include_usage: usage, created: 1, request_seq: 7 });
  const parser = new SseParser();
  const out: string[] = [];
  for (const f of frames) parser.push(Buffer.from(f.bytes), (e) => out.push(e.data));
  return out;
}

const piece = fc.oneof(fc.string({ minLength: 1 }), fc.string({ unit: 'binary', minLength: 1 }), fc.constantFrom('"', '\\', '\\"', '\n', '\u0000', ' ', 'é😀', '</s>', '\\u0041'));

describe('EventTemplates (fast-check)', () => {
  it('gives what JSON.parse gives for every event of every engine shape, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ENGINE_SHAPES), fc.constantFrom('chat' as const, 'completions' as const), fc.array(piece, { maxLength: 4 }), fc.array(piece, { maxLength: 12 }), fc.boolean(),
        (shape, api, reasoning, content, usage) => {
          const datas = datasOf(shape, api, reasoning, content, usage);
          expect(fast(datas)).toEqual(datas.map(full));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives what JSON.parse gives for an event cut, edited or extended after the template was learned', () => {
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 4 }), insert: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('"', '\\', '}', ',"x":1', '\u0001')) });
    fc.assert(
      fc.property(fc.constantFrom(...ENGINE_SHAPES), fc.array(piece, { minLength: 2, maxLength: 4 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (shape, content, edits) => {
        const datas = datasOf(shape, 'chat', [], content, true);
        const textAt = datas.findIndex((d) => d.includes(JSON.stringify(content[1]!).slice(1, -1)) && d !== datas[0]);
        const target = Math.max(1, textAt);
        let edited = datas[target]!;
        for (const e of edits) {
          const at = e.at % (edited.length + 1);
          edited = edited.slice(0, at) + e.insert + edited.slice(at + e.cut);
        }
        const stream = [...datas.slice(0, target), edited, ...datas.slice(target + 1)];
        expect(fast(stream)).toEqual(stream.map(full));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads later text chunks of a vLLM stream without JSON.parse', () => {
    const datas = datasOf('vllm', 'chat', [], ['a', 'b', 'c', 'd'], true);
    const templates = new EventTemplates();
    const parse = JSON.parse;
    let calls = 0;
    JSON.parse = ((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      calls += 1;
      return parse(text, reviver);
    }) as typeof JSON.parse;
    try {
      const events = datas.map((d) => templates.interpret(d));
      expect(events.filter((e) => e.kind === 'chunk' && e.content !== '').map((e) => (e as { content: string }).content)).toEqual(['a', 'b', 'c', 'd']);
    } finally {
      JSON.parse = parse;
    }
    // role chunk, first text chunk and its probe, finish chunk, usage chunk ([DONE] is not JSON): 5, not 8.
    expect(calls).toBe(5);
  });
});
