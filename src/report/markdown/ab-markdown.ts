import type { AbDocument } from '../../gate/ab-document.js';
import { qualityRows } from '../../gate/quality-verdict.js';
import { escapeMarkdown } from '../../util/escape.js';
import { formatPercent, formatValue } from '../number-format.js';

const VERDICT_LABEL: Record<string, string> = { pass: '✅ pass', improved: '🚀 improved', regression: '❌ regression', inconclusive: '❔ inconclusive' };

/**
 * The A/B verdict as Markdown for the job summary, in the one number format of the comment and the report: the effect of head against base per gated metric with
 * its interval, the quality rows, and how the blocks ran. Every text an engine or dataset could shape
 * (a quality reason quotes document ids) is escaped.
 */
export function renderAbMarkdown(document: AbDocument): string {
  const look = document.looks.at(-1);
  const verdict = document.verdict ?? document.status;
  const lines = [`## infergate A/B: ${VERDICT_LABEL[verdict] ?? escapeMarkdown(verdict)}`, ''];
  if (document.failure) lines.push(`The A/B run ${document.status}: ${escapeMarkdown(document.failure.message)}`, '');
  if (look) {
    lines.push('| metric | head vs base | interval | decision |', '| --- | --- | --- | --- |');
    for (const m of look.metrics) lines.push(`| ${escapeMarkdown(m.name)} | ${formatPercent(m.effect_pct)} | [${formatPercent(m.low_pct)}, ${formatPercent(m.high_pct)}] | ${VERDICT_LABEL[m.decision]} |`);
    lines.push('', `${look.pairs} pairs of blocks; each interval at ${(100 * (1 - look.alpha_per_interval)).toFixed(2)}% (alpha ${document.rule.alpha} over ${look.metrics.length} metrics × ${document.rule.looks} looks), margin ±${document.rule.margin_pct}%.`, '');
  }
  if (document.quality) {
    lines.push('| quality | base | head | status | why |', '| --- | --- | --- | --- | --- |');
    for (const row of qualityRows(document.quality)) {
      lines.push(`| ${escapeMarkdown(row.name)} | ${formatValue(row.baseline)} | ${formatValue(row.current)} | ${row.status} | ${escapeMarkdown(row.reason)} |`);
    }
    lines.push('');
  }
  const order = document.blocks.map((b) => `${b.side}`).join(' ');
  lines.push(`Blocks, in the order run (seed ${document.rule.seed}): ${order || 'none'}.${document.stopped ? ` Stopped: ${escapeMarkdown(document.stopped)}.` : ''}`);
  return `${lines.join('\n')}\n`;
}
