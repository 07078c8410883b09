import type { ResultsDocument } from '../../run-folder/results-document.js';
import { escapeMarkdown } from '../../util/escape.js';
import { formatValue as formatNumber } from '../number-format.js';

const formatValue = (v: number | null | undefined): string => formatNumber(v, 'not measured');

const VERDICT: Record<string, string> = { pass: '✅ pass', fail: '❌ fail', incomplete: '⚪ incomplete' };
const CRITERION: Record<string, string> = { pass: '✅', fail: '❌ fail', not_evaluated: 'not evaluated' };

/**
 * The certification lines of the job summary: whether the run held its profile's definition (and why
 * not), the pass-criteria verdict, and the criteria folded below. Null for a run under no profile.
 */
export function certificationMarkdown(results: ResultsDocument): string | null {
  const c = results.certification;
  if (!c) return null;
  const held = c.certified ? 'certified run' : `**not certified**: ${c.not_certified_reasons.map(escapeMarkdown).join('; ')}`;
  const head = `**Certification** — profile ${escapeMarkdown(c.profile)}: ${held}; pass criteria ${VERDICT[c.verdict] ?? escapeMarkdown(c.verdict)}`;
  if (c.criteria.length === 0) return head;
  const rows = c.criteria.map((k) => `| ${escapeMarkdown(k.name)} | ${formatValue(k.measured)} | ${escapeMarkdown(k.bound)} | ${CRITERION[k.status] ?? escapeMarkdown(k.status)} | ${escapeMarkdown(k.detail)} |`);
  return `${head}\n\n<details><summary>${c.criteria.length} pass criteria</summary>\n\n| criterion | measured | bound | | |\n|---|--:|---|---|---|\n${rows.join('\n')}\n\n</details>`;
}
