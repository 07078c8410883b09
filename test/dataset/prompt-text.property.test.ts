import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPrompt, truncateWords } from '../../src/dataset/build-prompts.js';

/**
 * Start to first request: cutting articles was made cheaper (a scan that stops past the limit); the
 * prompts must stay exactly what splitting the whole article gave.
 */
function splitTruncate(text: string, maxWords: number): { text: string; truncated: boolean; words: number } {
  const words = text.trim().split(/\s+/);
  const cut = words.length <= maxWords ? { text: text.trim(), truncated: false } : { text: words.slice(0, maxWords).join(' '), truncated: true };
  return { ...cut, words: cut.text === '' ? 0 : cut.text.split(/\s+/).length };
}

// Text with every kind of whitespace JavaScript knows (tabs, newlines, NBSP, ideographic space, BOM) and words.
const spaced = fc.array(fc.oneof(fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\ufeff', '\u2028', '  '), fc.string({ minLength: 1, maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(spaced, fc.string({ unit: 'binary', maxLength: 30 }));

describe('prompt text', () => {
  it('truncateWords cuts, counts and trims exactly as splitting on whitespace did', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 12 }), (text, maxWords) => {
        expect(truncateWords(text, maxWords)).toEqual(splitTruncate(text, maxWords));
      }),
    );
  });

  it('buildPrompt reports the words it kept', () => {
    fc.assert(
      fc.property(spaced, fc.integer({ min: 1, max: 12 }), (document, maxWords) => {
        const built = buildPrompt({ id: 'r', document, summary: 's' }, { api: 'completions', prompt: { instruction: '', completion_template: '{article}', system: '', max_article_words: maxWords } }, maxWords);
        expect(built.words).toBe(splitTruncate(document, maxWords).words);
      }),
    );
  });

});
