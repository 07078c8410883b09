import { singleLine } from './control-characters.js';

/**
 * Escaping for every string that reaches HTML or Markdown: model text, references, ids, config values.
 * The one escaper of every rendered place: report.html/report.md, the job summary, the PR comment and the
 * matrix aggregate comment (SECURITY.md, threat 3).
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML element body or a quoted attribute value (SVG included). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * Escapes text for a GitHub Markdown table cell or paragraph: control characters go and every line
 * break (a lone CR and U+2028/2029 too) becomes a space, so a cell stays one row and no forged line
 * starts; HTML is neutralised, inline Markdown characters are backslash-escaped, and a leading block
 * marker (list, heading, quote, numbered item) is escaped so it cannot start a block.
 */
export function escapeMarkdown(text: string): string {
  return neutraliseAutolinks(
    escapeHtml(singleLine(text))
      .replace(/([\\`*_{}[\]()#!|~])/g, '\\$1')
      .replace(/^(\s*)([-+>]|\d+\.)/, (_m, space: string, marker: string) => `${space}${marker.replace(/([-+>.])/, '\\$1')}`),
  );
}

/** U+2060 WORD JOINER: invisible, and GitHub no longer sees a mention or a link where it sits. */
const JOINER = '\u2060';

/**
 * GitHub turns text into links after Markdown, where escaping cannot reach: `@name` notifies that user or
 * team, and bare `https://...` or `www.` become links. An invisible joiner after the @ and inside the
 * scheme separator breaks the patterns while the text reads the same.
 */
export function neutraliseAutolinks(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9])/g, `@${JOINER}`)
    .replace(/:\/\//g, `:${JOINER}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${JOINER}.`);
}

/**
 * Mermaid strings are double-quoted; a quote, bracket, backtick, semicolon or newline inside would end
 * them, and "%%" starts a comment, so those are removed.
 */
export function mermaidLabel(text: string): string {
  return text.replace(/%{2,}/g, '%').replace(/["[\]`\r\n;]/g, ' ').replace(/\s+/g, ' ').trim();
}
