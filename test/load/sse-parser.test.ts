import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SseParser, type SseEvent } from '../../src/load/sse-parser.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/streams');
const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.sse')).sort();

function parseChunks(chunks: Uint8Array[]): SseEvent[] {
  const p = new SseParser();
  const out: SseEvent[] = [];
  for (const c of chunks) p.push(c, (e) => out.push(e));
  expect(p.end()).toBe(false);
  return out;
}

/** Independent reading of the fixtures: blocks split on blank lines, "data:" with optional space. */
function naiveEvents(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n\n')
    .map((block) => block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).replace(/^ /, '')))
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'));
}

const lineEndings: Array<[string, (s: string) => string]> = [
  ['LF', (s) => s],
  ['CRLF', (s) => s.replace(/\n/g, '\r\n')],
  ['CR', (s) => s.replace(/\n/g, '\r')],
];

describe('SseParser on engine transcripts', () => {
  it('has a transcript for every engine, chat and completions', () => {
    for (const engine of ['vllm', 'sglang', 'tgi', 'trtllm', 'llamacpp']) {
      for (const api of ['chat', 'completions']) expect(files).toContain(`${engine}-${api}.sse`);
    }
  });

  for (const file of files) {
    for (const [name, convert] of lineEndings) {
      it(`${file} (${name}) gives identical events split at every byte offset`, () => {
        const bytes = Buffer.from(convert(fs.readFileSync(path.join(FIXTURES, file), 'utf8')), 'utf8');
        const whole = parseChunks([bytes]);
        expect(whole.map((e) => e.data)).toEqual(naiveEvents(bytes.toString('utf8')));
        expect(whole.at(-1)?.data).toBe('[DONE]');
        for (let cut = 0; cut <= bytes.length; cut++) {
          const split = parseChunks([bytes.subarray(0, cut), bytes.subarray(cut)]);
          if (split.length !== whole.length || split.some((e, i) => e.data !== whole[i]!.data)) {
            throw new Error(`${file} ${name}: different events when split at byte ${cut}`);
          }
        }
        // And one byte at a time.
        const bytewise = parseChunks(Array.from(bytes, (_, i) => bytes.subarray(i, i + 1)));
        expect(bytewise).toEqual(whole);
      });
    }
  }
});

describe('SseParser grammar', () => {
  const enc = (s: string): Uint8Array => Buffer.from(s, 'utf8');

  it('emits many events from one chunk and skips comments and unknown fields', () => {
    const events = parseChunks([enc(': ping\n\ndata: a\n\nid: 7\nretry: 10\ndata: b\n\n:\n\ndata:c\n\n')]);
    expect(events.map((e) => e.data)).toEqual(['a', 'b', 'c']);
  });

  it('joins multi-line data with LF and keeps the event name', () => {
    const events = parseChunks([enc('event: delta\ndata: x\ndata:  y\n\n')]);
    expect(events).toEqual([{ data: 'x\n y', event: 'delta' }]);
  });

  it('keeps 2-, 3- and 4-byte characters split across chunks at every offset', () => {
    const text = '{"content":"é日本😀x"}';
    const bytes = enc(`data: ${text}\n\n`);
    for (let cut = 0; cut <= bytes.length; cut++) {
      for (let cut2 = cut; cut2 <= bytes.length; cut2++) {
        const events = parseChunks([bytes.subarray(0, cut), bytes.subarray(cut, cut2), bytes.subarray(cut2)]);
        if (events[0]?.data !== text) throw new Error(`split at ${cut}/${cut2}: ${events[0]?.data}`);
      }
    }
  });

  it('decodes invalid UTF-8 to replacement characters without losing the line', () => {
    const bytes = Buffer.concat([enc('data: a'), Buffer.from([0x80, 0xff]), enc('b\n\n')]);
    expect(parseChunks([bytes])[0]?.data).toBe('a\ufffd\ufffdb');
  });

  it('treats a CR at a chunk end followed by LF as one line ending', () => {
    const events = parseChunks([enc('data: a\r'), enc('\n\r'), enc('\ndata: b\r\n\r\n')]);
    expect(events.map((e) => e.data)).toEqual(['a', 'b']);
  });

  it('reports an unterminated final event at end of stream and does not emit it', () => {
    const p = new SseParser();
    const out: SseEvent[] = [];
    p.push(enc('data: a\n\ndata: b'), (e) => out.push(e));
    expect(out.map((e) => e.data)).toEqual(['a']);
    expect(p.end()).toBe(true);
  });

  it('ignores a data-less event (blank lines only)', () => {
    expect(parseChunks([enc('\n\n\n\nevent: x\n\n')])).toEqual([]);
  });
});
