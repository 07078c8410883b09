import { DEFAULT_SETTINGS } from '../config/settings-schema.js';
import type { ResultsDocument } from '../run-folder/results-document.js';

/**
 * Whether a run decoded greedily, read from the request settings its results.json records (`config.request`,
 * the resolved configuration). Outputs pair document by document with the baseline's only when both runs
 * decoded greedily: with sampling, two runs of the same engine write different text, so a paired ROUGE
 * difference or a share of identical outputs would measure the sampling, not the change (docs/gate.md,
 * "Quality beside speed").
 *
 * Greedy is temperature 0 (what OpenAI-compatible servers take as greedy decoding) or `top_k: 1` in
 * `request.extra_body`. A results document that records no temperature (a hand-written one) is taken at the
 * setting's default, 0, as the configuration would have resolved it.
 */
export type Sampling = { greedy: true } | { greedy: false; described: string };

// The setting's default, declared once in the settings schema: what the configuration would have resolved.
const DEFAULT_TEMPERATURE = DEFAULT_SETTINGS.request.temperature;

function field(object: unknown, key: string): unknown {
  return typeof object === 'object' && object !== null ? (object as Record<string, unknown>)[key] : undefined;
}

/** A recorded value as the reason shows it: a baseline file is untrusted, so a long one is cut. */
function shown(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : String(JSON.stringify(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function samplingOf(results: Pick<ResultsDocument, 'config'>): Sampling {
  const request = field(results.config, 'request');
  const recorded = field(request, 'temperature');
  const temperature = recorded === undefined ? DEFAULT_TEMPERATURE : recorded;
  const topK = field(field(request, 'extra_body'), 'top_k');
  if (temperature === 0 || topK === 1) return { greedy: true };
  const described = `temperature ${shown(temperature)}`;
  return { greedy: false, described: topK === undefined ? described : `${described}, top_k ${shown(topK)}` };
}

/** Why the two runs' outputs are not paired, or null when both decoded greedily. */
export function notGreedyReason(current: Sampling, baseline: Sampling): string | null {
  const sides = [current.greedy ? null : `${current.described} in the current run`, baseline.greedy ? null : `${baseline.described} in the baseline`].filter((s) => s !== null);
  return sides.length === 0 ? null : `not paired: sampling was not greedy (${sides.join('; ')})`;
}
