import type { AbDocument } from './ab-document.js';
import { escapeMarkdown } from '../util/escape.js';
import { qualityRows } from './quality-verdict.js';

const VERDICT_LABEL: Record<string, string> = { pass: '✅ pass', improved: '🚀 improved', regression: '❌ regression', inconclusive: '❔ inconclusive' };
const pct = (value: number | null) => (value === null ? '—' : `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`);

/**
 * The A/B verdict as Markdown for the job summary: the effect of head against base per gated metric with
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
    for (const m of look.metrics) lines.push(`| ${escapeMarkdown(m.name)} | ${pct(m.effect_pct)} | [${pct(m.low_pct)}, ${pct(m.high_pct)}] | ${VERDICT_LABEL[m.decision]} |`);
    lines.push('', `${look.pairs} pairs of blocks; each interval at ${(100 * (1 - look.alpha_per_interval)).toFixed(2)}% (alpha ${document.rule.alpha} over ${look.metrics.length} metrics × ${document.rule.looks} looks), margin ±${document.rule.margin_pct}%.`, '');
  }
  if (document.quality) {
    lines.push('| quality | base | head | status | why |', '| --- | --- | --- | --- | --- |');
    for (const row of qualityRows(document.quality)) {
      lines.push(`| ${escapeMarkdown(row.name)} | ${row.baseline?.toFixed(4) ?? '—'} | ${row.current?.toFixed(4) ?? '—'} | ${row.status} | ${escapeMarkdown(row.reason)} |`);
    }
    lines.push('');
  }
  const order = document.blocks.map((b) => `${b.side}`).join(' ');
  lines.push(`Blocks, in the order run (seed ${document.rule.seed}): ${order || 'none'}.${document.stopped ? ` Stopped: ${escapeMarkdown(document.stopped)}.` : ''}`);
  return `${lines.join('\n')}\n`;
}
