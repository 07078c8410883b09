import { randomBytes } from 'node:crypto';
import { cleanControlCharacters } from './control-characters.js';

/**
 * The Actions runner reads every line a step prints: one that starts with `::` (after spaces) is a
 * workflow command (`::add-mask::`, `::error::`, `::stop-commands::`, `::set-output::`), and `##[` opens
 * the older form. Untrusted text (an engine's `/version` answer, a server's error body, a model or metric
 * name) must never give such an order (SECURITY.md, threat "workflow commands"). An invisible word joiner
 * (U+2060, not whitespace, so the runner does not trim it) goes between the two colons of a line start and
 * inside `##[`; the text reads the same.
 */
const JOINER = '\u2060';

export function neutraliseWorkflowCommands(text: string): string {
  return cleanControlCharacters(text)
    .split('\n')
    .map((line) => line.replace(/^(\s*):(?=:)/, `$1:${JOINER}`).replace(/##\[/g, `#${JOINER}#[`))
    .join('\n');
}

/** True when the text would hold a command if printed raw. */
function looksLikeCommand(text: string): boolean {
  return /(?:^|[\r\n\u0085\u2028\u2029])\s*::|##\[/.test(text);
}

let stopToken: string | null = null;

/** A random token for this process, unknown to anyone who writes the text it guards. */
export function stopCommandsToken(): string {
  stopToken ??= randomBytes(16).toString('hex');
  return stopToken;
}

/**
 * The lines to print for untrusted text: neutralised, and, when it held anything like a command, wrapped
 * in `::stop-commands::<token>` … `::<token>::` so that even a form the neutraliser missed is not obeyed.
 */
export function untrustedLogLines(text: string): string[] {
  const safe = neutraliseWorkflowCommands(text);
  if (!looksLikeCommand(text)) return [safe];
  const token = stopCommandsToken();
  return [`::stop-commands::${token}`, safe, `::${token}::`];
}
