import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBaseUrl } from '../../src/config/endpoint-url.js';
import { InputError } from '../../src/util/errors.js';

const where = (key: string) => `host.yaml (${key})`;
// An upper-case prefix and an underscore: never part of a generated (lower-case) domain name.
const secret = fc.stringMatching(/^[A-Za-z0-9._~-]{6,24}$/).map((s) => `S_${s}`);

describe('checkBaseUrl', () => {
  it('refuses any user:password@ without repeating either', () => {
    fc.assert(
      fc.property(fc.constantFrom('http', 'https'), secret, secret, fc.domain(), fc.integer({ min: 1, max: 65535 }), (scheme, user, password, host, port) => {
        const url = `${scheme}://${user}:${password}@${host}:${port}/v1`;
        let message = '';
        try {
          checkBaseUrl(url, 'endpoint', where);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          message = (error as Error).message;
        }
        expect(message).toContain('carries a user name or password');
        expect(message).not.toContain(password);
        expect(message).not.toContain(`${user}:`);
      }),
    );
  });

  it('accepts every plain http(s) URL and refuses every other scheme', () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.constantFrom('ftp', 'file', 'ws', 'gopher', 'unix'), (url, scheme) => {
        expect(() => checkBaseUrl(url, 'endpoint', where)).not.toThrow();
        const other = url.replace(/^https?:/, `${scheme}:`);
        expect(() => checkBaseUrl(other, 'endpoint', where)).toThrow(`endpoint must be an http:// or https:// URL, got a ${scheme}:// URL`);
      }),
    );
  });
});
