import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, escapeMarkdown, mermaidLabel } from '../../src/util/escape.js';

describe('escaping', () => {
  it('leaves no raw markup in HTML text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
    );
  });

  it('keeps a Markdown cell on one row and neutralises tags, pipes and leading block markers', () => {
    expect(escapeMarkdown('<script>x</script> | a\nb')).toBe('&lt;script&gt;x&lt;/script&gt; \\| a b');
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('3. item')).toBe('3\\. item');
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeMarkdown(s);
        expect(out).not.toMatch(/[\r\n<>]/);
        expect(out.replace(/\\\|/g, '')).not.toContain('|');
      }),
    );
  });

  it('strips what would end a Mermaid string', () => {
    expect(mermaidLabel('a "b" [c]\nd')).toBe('a b c d');
    expect(mermaidLabel('change (%) %% not a comment')).toBe('change (%) % not a comment');
  });
});
