import { asColumns, type RequestRows } from '../../run-folder/request-columns.js';
import type { ResultsDocument } from '../../run-folder/results-document.js';
import type { PredictionSummary } from '../../run-folder/prediction-summary.js';
import type { TelemetrySample } from '../input/load-telemetry.js';
import { RUN_FILES } from '../../run-folder/layout.js';
import { concurrencyStepFunction, inFlightBins, measured, requestSeries, timeline, type InFlightBin } from '../request-series.js';
import { distributionCharts } from '../svg/distribution-chart.js';
import { noData } from '../svg/frame.js';
import { lineChart, type Series } from '../svg/line-chart.js';
import { headlineValue } from '../metric-catalog.js';
import { failedPredictionsTable, rankingScore, worstPredictionsTable } from './tables.js';

const section = (title: string, id: string, body: string): string => `<section id="${id}"><h2>${title}</h2>${body}</section>`;
const charts = (...figures: string[]): string => `<div class="charts">${figures.join('')}</div>`;
const PALETTE = ['s0', 's1', 's2', 's3', 's4', 's5'];

export function latencySection(requests: RequestRows | null, baseline: RequestRows | null): string {
  if (!requests) return section('Latency distributions', 'latency', noData('latency', 'Latency', `This run folder has no ${RUN_FILES.requests}.`));
  const cur = requestSeries(requests);
  const base = baseline ? requestSeries(baseline) : null;
  const note = base ? '' : `<p class="note">No baseline ${RUN_FILES.requests} was given, so no baseline overlay.</p>`;
  return section(
    'Latency distributions',
    'latency',
    note +
      charts(
        distributionCharts({ id: 'ttft', title: 'TTFT', unit: 'ms', current: cur.ttftMs, baseline: base?.ttftMs }),
        distributionCharts({ id: 'tpot', title: 'TPOT', unit: 'ms', current: cur.tpotMs, baseline: base?.tpotMs }),
        distributionCharts({ id: 'e2el', title: 'E2EL', unit: 'ms', current: cur.e2elMs, baseline: base?.e2elMs }),
      ),
  );
}

export function timelineSection(requests: RequestRows | null): string {
  if (!requests) return '';
  const { binS, bins } = timeline(requests);
  const pts = (f: (b: (typeof bins)[number]) => number | null): Array<[number, number]> =>
    bins.flatMap((b) => {
      const v = f(b);
      return v === null ? [] : [[b.startS + binS / 2, v] as [number, number]];
    });
  const caption = `Counted in ${binS} s bins by completion time; warmup requests excluded.`;
  return section(
    'Over the run',
    'timeline',
    charts(
      lineChart({ id: 'throughput-req', title: 'Request throughput', xLabel: 'time since start (s)', yLabel: 'req/s', xFromZero: true, series: [{ label: 'req/s', cls: 's0', points: pts((b) => b.reqPerS) }], caption }),
      lineChart({ id: 'throughput-tok', title: 'Output token throughput', xLabel: 'time since start (s)', yLabel: 'tok/s', xFromZero: true, series: [{ label: 'tok/s', cls: 's2', points: pts((b) => b.tokensPerS) }], caption: `Tokens spread over each request's text events, ${binS} s bins.` }),
      lineChart({
        id: 'latency-time',
        title: 'Latency over time (median per bin)',
        xLabel: 'time since start (s)',
        yLabel: 'ms',
        xFromZero: true,
        series: [
          { label: 'TTFT p50', cls: 's1', points: pts((b) => b.ttftP50Ms) },
          { label: 'E2EL p50', cls: 's3', points: pts((b) => b.e2elP50Ms) },
        ],
        caption,
      }),
      inFlightChart(requests, binS),
    ),
  );
}

/** One chart per field the sampler reported at all (a field null in every sample is left out). */
const TELEMETRY_CHARTS: Array<{ id: string; title: string; unit: string; pick: (s: TelemetrySample) => number | null }> = [
  { id: 'power', title: 'Power draw', unit: 'W', pick: (s) => s.power_w },
  { id: 'utilization', title: 'Utilization', unit: '%', pick: (s) => s.utilization_pct },
  { id: 'memory', title: 'Memory used', unit: 'MiB', pick: (s) => s.memory_used_mib },
  { id: 'sm-clock', title: 'SM clock', unit: 'MHz', pick: (s) => s.sm_clock_mhz },
];

export function telemetrySection(samples: readonly TelemetrySample[] | null): string {
  if (!samples || samples.length === 0) return '';
  const devices = [...new Set(samples.map((s) => s.device))];
  const seriesOf = (pick: (s: TelemetrySample) => number | null): Series[] =>
    devices.map((device, i) => ({
      label: `device ${device}`,
      cls: PALETTE[i % PALETTE.length]!,
      points: samples.filter((s) => s.device === device && pick(s) !== null).map((s) => [s.t_ms / 1000, pick(s)!] as [number, number]),
    }));
  const figures = TELEMETRY_CHARTS.filter((c) => samples.some((s) => c.pick(s) !== null)).map((c) =>
    lineChart({ id: c.id, title: c.title, xLabel: 'time since sampling started (s)', yLabel: c.unit, xFromZero: true, series: seriesOf(c.pick), caption: `From ${RUN_FILES.telemetry}, as sampled.` }),
  );
  if (figures.length === 0) return '';
  return section('Accelerator', 'telemetry', charts(...figures));
}

/** Throughput vs latency per sweep step; the baseline's steps overlaid dashed when it has them. */
export function sweepSection(results: ResultsDocument, baseline: ResultsDocument | null): string {
  const steps = results.steps ?? [];
  if (steps.length < 2) return '';
  const xKey = 'output_tps';
  const latencyPairs: Array<[string, string]> = [
    ['TTFT p99 (ms)', 'ttft_ms_p99'],
    ['E2EL p99 (ms)', 'e2el_ms_p99'],
    ['TPOT mean (ms)', 'tpot_ms_mean'],
  ];
  const toPoints = (doc: ResultsDocument, yKey: string): { points: Array<[number, number]>; labels: string[] } => {
    const points: Array<[number, number]> = [];
    const labels: string[] = [];
    for (const step of doc.steps ?? []) {
      const x = headlineValue(step.headline, xKey);
      const y = headlineValue(step.headline, yKey);
      if (x === null || y === null) continue;
      points.push([x, y]);
      labels.push(`${step.label}: ${x.toPrecision(4)} ${xKey}, ${y.toPrecision(4)} ${yKey}`);
    }
    return { points, labels };
  };
  const figures = latencyPairs.map(([title, key]) => {
    const cur = toPoints(results, key);
    const series: Series[] = [{ label: 'current', cls: 's0', points: cur.points, markers: cur.labels }];
    if (baseline?.steps && baseline.steps.length > 1) {
      const b = toPoints(baseline, key);
      if (b.points.length > 0) series.push({ label: 'baseline', cls: 'baseline', points: b.points, markers: b.labels, dashed: true });
    }
    const id = `pareto-${key.replace(/_/g, '-')}`;
    return lineChart({ id, title: `Throughput vs ${title}`, xLabel: 'output tok/s (output_tps)', yLabel: title, series, caption: 'One point per sweep step, in step order.', width: 360 });
  });
  return section('Sweep: throughput vs latency', 'sweep', charts(...figures));
}

export function rougeSection(predictions: PredictionSummary | null): string {
  if (!predictions) return '';
  const key = rankingScore(predictions.keys);
  if (!key) {
    return section(
      'ROUGE',
      'rouge',
      `<p class="note">${RUN_FILES.predictions} carries no per-document ROUGE scores (no <code>rouge</code> field), so there is no distribution or ranking to show.</p>` +
        failedPredictionsTable(predictions.failed, predictions.failedCount),
    );
  }
  const figures = predictions.keys.map((k) =>
    distributionCharts({ id: `rouge-${k.toLowerCase()}`, title: `${k} F per document`, unit: 'F-measure', current: predictions.scores[k]!, range: [0, 1], bins: 20, noun: 'documents' }),
  );
  const lowest = predictions.lowest[key]!;
  return section(
    'ROUGE per document',
    'rouge',
    charts(...figures) + `<h2>Lowest ${key} predictions</h2>` + worstPredictionsTable(lowest.rows, key, undefined, lowest.keys) + failedPredictionsTable(predictions.failed, predictions.failedCount),
  );
}

/** Requests in flight per timeline bin: the time-weighted mean, and the most at once, as two step lines. */
function inFlightChart(requests: RequestRows, binS: number): string {
  const columns = asColumns(requests);
  const bins = inFlightBins(concurrencyStepFunction(columns, measured(columns)), binS);
  const stepPoints = (pick: (b: InFlightBin) => number): Array<[number, number]> => bins.flatMap((b) => [[b.startS, pick(b)], [b.startS + binS, pick(b)]] as Array<[number, number]>);
  return lineChart({
    id: 'concurrency',
    title: 'Requests in flight',
    xLabel: 'time since start (s)',
    yLabel: 'requests',
    xFromZero: true,
    series: [
      { label: 'mean in flight', cls: 's4', points: stepPoints((b) => b.mean) },
      { label: 'most at once', cls: 's1', points: stepPoints((b) => b.max), dashed: true },
    ],
    caption: `Per ${binS} s bin, from each request's send to its stream close: the time-weighted mean and the most in flight at once; warmup requests excluded.`,
  });
}
