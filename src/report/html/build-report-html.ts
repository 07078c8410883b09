import { escapeHtml } from '../../util/escape.js';
import type { Comparison } from '../../gate/comparison.js';
import type { BaselineData, RunData } from '../input/load-run-folder.js';
import { headlineCards, verdictBadge } from './cards.js';
import { latencySection, rougeSection, sweepSection, telemetrySection, timelineSection } from './sections.js';
import { REPORT_CSS } from './style.js';
import { comparisonTable, headlineTable } from './tables.js';

export interface ReportInput {
  run: RunData;
  baseline: BaselineData | null;
  /** The gate's comparison (src/gate/comparison.ts), when the run was compared with a baseline. */
  comparison: Comparison | null;
}

/**
 * report.html as one string: inline CSS and SVG only, no script, and a Content-Security-Policy that
 * forbids every fetch, so the file shows the same offline as in an artifact viewer.
 */
export function buildReportHtml(input: ReportInput): string {
  const { results } = input.run;
  const env = results.environment ?? ({} as RunData['results']['environment']);
  const meta = [
    ['run', results.run_id],
    ['model', env.model],
    ['engine', `${env.engine ?? ''} ${env.engine_version ?? ''}`.trim()],
    ['accelerator', env.accelerator ? `${env.accelerator_count ?? 1} × ${env.accelerator}` : null],
    ['started', results.started_at],
    ['status', results.status],
  ]
    .filter(([, v]) => v)
    .map(([k, v]) => `<span><b>${k}</b> ${escapeHtml(String(v))}</span>`)
    .join('');
  const failure = results.failure ? `<p class="note">Run failed: ${escapeHtml(results.failure.message)}</p>` : '';
  const comparison = input.comparison && input.comparison.metrics.length > 0 ? `<h2>Against the baseline</h2>${comparisonTable(input.comparison)}` : '';
  const body = [
    `<h1>infergate report</h1><p class="meta">${meta}</p>${failure}`,
    verdictBadge(input.comparison),
    headlineCards(results.headline, input.comparison),
    comparison,
    latencySection(input.run.requests, input.baseline?.requests ?? null),
    timelineSection(input.run.requests),
    telemetrySection(input.run.telemetry),
    sweepSection(results, input.baseline?.results ?? null),
    rougeSection(input.run.predictions),
    `<section id="all-metrics"><h2>All headline metrics</h2>${headlineTable(results.headline)}</section>`,
    `<p class="note">Definitions: docs/report.md and docs/metrics.md of infergate ${escapeHtml(results.infergate_version ?? '')}. Warmup requests are excluded from every chart.</p>`,
  ].join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>infergate report: ${escapeHtml(results.run_id ?? '')}</title>
<style>${REPORT_CSS}</style></head>
<body><main>
${body}
</main></body></html>
`;
}
