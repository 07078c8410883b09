import * as core from '@actions/core';

/** GitHub shows at most 1 MiB of summary per step; keep well under it. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 4096;

/** Cuts text to a UTF-8 byte budget without splitting a character. */
export function truncateToBytes(text: string, maxBytes: number, note: string): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength(note, 'utf8');
  let cut = text.slice(0, budget);
  while (Buffer.byteLength(cut, 'utf8') > budget) cut = cut.slice(0, Math.floor(cut.length * 0.95));
  return cut + note;
}

/** Appends Markdown to the job summary; returns false (with a log line) outside GitHub Actions. */
export async function writeJobSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written');
    return false;
  }
  const text = truncateToBytes(markdown, SUMMARY_MAX_BYTES, '\n\n_Summary cut at the 1 MiB limit; see the run folder artifact._\n');
  await core.summary.addRaw(text, true).write();
  return true;
}
