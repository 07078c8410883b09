import { describe, expect, it } from 'vitest';
import { SUMMARY_MAX_BYTES, truncateToBytes } from '../../src/github/job-summary.js';

describe('job summary size', () => {
  it('cuts multi-byte text under the byte budget without splitting a character', () => {
    const text = '✅ '.repeat(400_000); // 4 bytes per repeat: 1.6 MB
    const cut = truncateToBytes(text, SUMMARY_MAX_BYTES, '\n(cut)\n');
    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(SUMMARY_MAX_BYTES).toBeLessThan(1024 * 1024);
    expect(cut.endsWith('\n(cut)\n')).toBe(true);
    expect(cut).not.toContain('\uFFFD');
    expect(truncateToBytes('short', 100, 'x')).toBe('short');
  });
});
