import * as core from '@actions/core';
import type { Comparison } from '../gate/comparison.js';
import { singleLine } from '../util/control-characters.js';

/**
 * Annotations for the worst regressions only (fails first, then warnings, biggest change first):
 * a wall of annotations hides the one that matters, and GitHub shows only 10 per step anyway.
 */
export function annotateRegressions(comparison: Comparison, max = 5): number {
  if (comparison.verdict === 'not-compared') return annotateNotCompared(comparison);
  const flagged = comparison.metrics
    .filter((m) => m.status === 'fail' || m.status === 'warn')
    .sort((a, b) => (a.status === b.status ? Math.abs(b.delta_pct ?? 0) - Math.abs(a.delta_pct ?? 0) : a.status === 'fail' ? -1 : 1))
    .slice(0, max);
  for (const m of flagged) {
    // Annotations are plain text, not Markdown: the metric name comes from a results file, so it is shown
    // on one line without control characters (the same cleaning escapeMarkdown starts with).
    const message = singleLine(`${m.name}: ${m.reason} (baseline ${m.baseline}, current ${m.current})`);
    const props = { title: singleLine(`infergate: ${m.name} ${m.status === 'fail' ? 'regressed' : 'worsened'}`) };
    if (m.status === 'fail') core.error(message, props);
    else core.warning(message, props);
  }
  return flagged.length;
}

/** A baseline on another environment: one annotation (on-mismatch warn or fail), so a green job cannot hide it. */
function annotateNotCompared(comparison: Comparison): number {
  const outcome = comparison.fingerprint.on_mismatch ?? 'warn';
  if (outcome === 'pass') return 0;
  const fields = comparison.fingerprint.differences.map((d) => d.field).join(', ');
  const message = singleLine(`not compared: the baseline ran on another environment (${fields} differ${comparison.fingerprint.differences.length === 1 ? 's' : ''}); on-mismatch: ${outcome}`);
  const props = { title: 'infergate: baseline not comparable' };
  if (outcome === 'fail') core.error(message, props);
  else core.warning(message, props);
  return 1;
}
