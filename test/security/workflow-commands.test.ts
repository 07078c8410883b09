/* eslint-disable no-control-regex -- these tests look for control characters */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionLogger } from '../../src/action/action-logger.js';
import { readVersion } from '../../src/engine/engine-version.js';
import { cleanControlCharacters } from '../../src/util/control-characters.js';
import { neutraliseWorkflowCommands, stopCommandsToken, untrustedLogLines } from '../../src/util/workflow-commands.js';

/**
 * Finding 3 of issue 14: an engine's /version answer with newlines injected `::error`, `::add-mask::`
 * and `::stop-commands::` into the action log as live workflow commands. Untrusted text now never prints
 * a line the runner would obey, and carries no control character.
 */
const INJECTED = '0.9.1\n::error title=pwned::forged failure\r::add-mask::ghs_\u2028::stop-commands::x\u2029  ::set-output name=a::b\u0085##[error]old form\u001b[2Jcleared';

/** What the runner obeys: a line (split on what any reader treats as a break) that starts with `::` after spaces, or holds `##[`. */
function liveCommands(printed: string): string[] {
  return printed.split(/\r\n|[\r\n\u0085\u2028\u2029]/).filter((line) => /^[\s\u0085\u00a0]*::/.test(line) || line.includes('##['));
}

describe('neutraliseWorkflowCommands', () => {
  it('leaves no line that starts a command, and no control character', () => {
    const out = neutraliseWorkflowCommands(INJECTED);
    expect(liveCommands(out)).toEqual([]);
    expect(out).not.toMatch(/[\r\u0085\u2028\u2029\u001b]/);
    expect(out.replace(/\u2060/g, '')).toContain('::error title=pwned::forged failure');
  });

  it('property: whatever the text, no printed line is a workflow command', () => {
    const piece = fc.constantFrom('::', '::error::x', '##[', '\n', '\r', '\u2028', '\u2029', '\u0085', ' ', '\t', '\u001b[31m', 'text', ':', '#');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 20 }), (parts) => {
        const out = neutraliseWorkflowCommands(parts.join(''));
        expect(liveCommands(out)).toEqual([]);
        expect(cleanControlCharacters(out)).toBe(out);
      }),
    );
  });

  it('fences text that looked like a command with stop-commands and a per-run token', () => {
    const lines = untrustedLogLines(INJECTED);
    const token = stopCommandsToken();
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(lines[0]).toBe(`::stop-commands::${token}`);
    expect(lines.at(-1)).toBe(`::${token}::`);
    expect(liveCommands(lines.slice(1, -1).join('\n'))).toEqual([]);
    expect(untrustedLogLines('engine ready at http://127.0.0.1:8000')).toEqual(['engine ready at http://127.0.0.1:8000']);
  });
});

describe('the action log', () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints an engine's message with no live command but its own fence", () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    actionLogger.info(`engine ready (version ${INJECTED})`);
    actionLogger.warn(`server said: ${INJECTED}`);
    const token = stopCommandsToken();
    const live = liveCommands(written.join(''));
    expect(live).toEqual([`::stop-commands::${token}`, `::${token}::`, expect.stringMatching(/^::warning::server said: /)]);
    expect(written.join('')).not.toMatch(/[\r\u0085\u2028\u2029\u001b]/);
  });
});

describe("an engine's version answer", () => {
  it('is one clean line, whatever /version says', async () => {
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ version: INJECTED })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const version = await readVersion([{ kind: 'http', path: '/version', field: 'version' }], { baseUrl, command: null, env: {} });
      expect(version).not.toBeNull();
      expect(version).not.toMatch(/[\n\r\u0085\u2028\u2029\u001b]/);
      expect(version!.length).toBeLessThanOrEqual(120);
      expect(version!.startsWith('0.9.1 ::error')).toBe(true);
    } finally {
      server.close();
    }
  });
});
