/**
 * The Node floor of the CPU bench part (bench/bare-keepalive-reader.ts) counts text events and response
 * ends from raw bytes: each chat chunk with non-empty content is one text event (the role chunk and the
 * finish chunk carry empty content), and a read that ends with the last chunk ends the response.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countEvents, endsResponse } from '../../bench/bare-keepalive-reader.js';

/** One SSE event in a chunked body, as the C bench server writes it. */
function chunk(content: string): string {
  const data = `data: {"id":"chatcmpl-scripted-1","choices":[{"index":0,"delta":{"content":${JSON.stringify(content)}},"finish_reason":null}]}\n\n`;
  return `${Buffer.byteLength(data).toString(16)}\r\n${data}\r\n`;
}

describe('bare keep-alive reader (property)', () => {
  it('counts the events with non-empty content, and sees the end only after the last chunk', () => {
    const word = fc.oneof(fc.constant(''), fc.stringMatching(/^[ a-z]{1,8}$/));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.boolean(), (words, last) => {
        const bytes = Buffer.from(words.map(chunk).join('') + (last ? 'data: [DONE]\n\n'.length.toString(16) + '\r\ndata: [DONE]\n\n\r\n0\r\n\r\n' : ''));
        expect(countEvents(bytes)).toBe(words.filter((w) => w !== '').length);
        expect(endsResponse(bytes)).toBe(last);
      }),
    );
  });
});
