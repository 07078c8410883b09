import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestBytes, requestHeadPrefix, RequestHeaderError } from '../../src/load/http1-request.js';
import { runLoad } from '../../src/load/index.js';
import { InputError } from '../../src/util/errors.js';

describe('requestHeadPrefix', () => {
  it('writes the request line, host and the fields a stream needs; a configured field replaces a default one', () => {
    const head = requestHeadPrefix('http://127.0.0.1:8000', '/v1/chat/completions', { authorization: 'Bearer k', Accept: 'text/event-stream, */*' });
    expect(head).toBe(
      'POST /v1/chat/completions HTTP/1.1\r\nhost: 127.0.0.1:8000\r\ncontent-type: application/json\r\naccept-encoding: identity\r\nauthorization: Bearer k\r\nAccept: text/event-stream, */*\r\n',
    );
  });

  it('frames the body by its UTF-8 length', () => {
    const bytes = requestBytes('POST / HTTP/1.1\r\n', '{"a":"é😀"}');
    expect(bytes).toBe('POST / HTTP/1.1\r\ncontent-length: 14\r\n\r\n{"a":"é😀"}');
  });

  it('never lets a header value start a new field or request (fast-check)', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        try {
          const head = requestHeadPrefix('http://h', '/', { 'x-v': value });
          expect(head.split('\r\n')).toHaveLength(7);
        } catch (err) {
          expect(err).toBeInstanceOf(RequestHeaderError);
          expect(/[\r\n\0]/.test(value)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    [{ 'bad name': 'x' }, 'not a valid header name'],
    [{ 'content-length': '5' }, 'set by infergate'],
    [{ 'x-token': 'a\r\nx-evil: 1' }, 'line break'],
  ])('refuses %o', (headers, expected) => {
    expect(() => requestHeadPrefix('http://h', '/', headers)).toThrow(expected);
  });

  it('a run with such a header stops before any request, naming the header and not its value', async () => {
    const run = runLoad({
      endpoint: 'http://127.0.0.1:9', api: 'chat', model: 'm', prompts: [{ id: 'p', prompt: 'x' }],
      request: { max_tokens: 8, temperature: 0, timeout_ms: 1000 }, shape: { kind: 'offline' }, warmup_requests: 0,
      headers: { authorization: 'Bearer secret\r\nx: y' },
    });
    await expect(run).rejects.toBeInstanceOf(InputError);
    await expect(run).rejects.toThrow(/"authorization".*line break/);
    await expect(run).rejects.not.toThrow(/secret/);
  });
});
