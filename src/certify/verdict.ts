import type { RequestRecord } from '../load/index.js';
import type { CriterionResult, Headline } from '../run-folder/results-document.js';
import type { Profile } from './profile-schema.js';

/** What the verdict reads: the run's headline, its measured records and the served model's name. */
export interface VerdictInput {
  profile: Profile;
  model: string;
  headline: Headline;
  records: readonly RequestRecord[];
}

const ROUGE_TYPES = ['rouge1', 'rouge2', 'rougeL'] as const;

const notEvaluated = (name: string, bound: string, detail: string): CriterionResult => ({ name, status: 'not_evaluated', measured: null, bound, detail });

function judged(name: string, measured: number, ok: boolean, bound: string, detail: string): CriterionResult {
  return { name, status: ok ? 'pass' : 'fail', measured, bound, detail };
}

function rougeCriteria(input: VerdictInput): CriterionResult[] {
  const rule = input.profile.criteria.rouge;
  if (!rule) return [];
  const reference = input.profile.references[input.model];
  return ROUGE_TYPES.map((type) => {
    const name = `${type} ≥ ${rule.min_share} × reference`;
    const ref = reference?.[type];
    if (ref === undefined) return notEvaluated(name, `≥ ${rule.min_share} × reference`, `the profile has no ${type} reference for model ${input.model}`);
    const measured = input.headline[type];
    const bound = `≥ ${rule.min_share} × ${ref}`;
    if (measured === null || measured === undefined) return notEvaluated(name, bound, `${type} was not measured`);
    return judged(name, measured, measured >= rule.min_share * ref, bound, `${(measured / ref * 100).toFixed(2)}% of the reference`);
  });
}

function lengthCriterion(input: VerdictInput, completed: readonly RequestRecord[]): CriterionResult[] {
  const rule = input.profile.criteria.output_length;
  if (!rule) return [];
  const name = `mean output tokens within ±${rule.margin * 100}% of reference`;
  const ref = input.profile.references[input.model]?.mean_output_tokens;
  if (ref === undefined) return [notEvaluated(name, `±${rule.margin * 100}%`, `the profile has no mean_output_tokens reference for model ${input.model}`)];
  const bound = `${(ref * (1 - rule.margin)).toFixed(2)} … ${(ref * (1 + rule.margin)).toFixed(2)}`;
  if (completed.length === 0) return [notEvaluated(name, bound, 'no request completed')];
  const mean = completed.reduce((sum, r) => sum + (r.output_tokens ?? 0), 0) / completed.length;
  return [judged(name, mean, Math.abs(mean - ref) <= rule.margin * ref, bound, `${completed.length} completed requests`)];
}

function integrityCriteria(input: VerdictInput, measured: readonly RequestRecord[]): CriterionResult[] {
  const rule = input.profile.criteria.integrity;
  if (!rule) return [];
  const shares: Array<[string, number | undefined, (r: RequestRecord) => boolean]> = [
    ['failed requests share', rule.max_failed_share, (r) => r.error !== null],
    ['empty outputs share', rule.max_empty_share, (r) => r.error?.kind === 'no_text' || (r.error === null && r.text.trim() === '')],
    // A stop at max_tokens cut the summary short: MLPerf's truncation check.
    ['outputs cut at max_tokens share', rule.max_truncated_share, (r) => r.error === null && r.finish_reason === 'length'],
  ];
  // Same text for two different articles: a cache answering the wrong prompt, or a constant reply.
  const byText = new Map<string, Set<string>>();
  for (const r of measured) if (r.error === null && r.text.trim() !== '') byText.set(r.text, (byText.get(r.text) ?? new Set()).add(r.id));
  shares.push(['outputs repeated across articles share', rule.max_duplicate_share, (r) => r.error === null && (byText.get(r.text)?.size ?? 0) > 1]);
  return shares.flatMap(([name, max, counts]) => {
    if (max === undefined) return [];
    if (measured.length === 0) return [notEvaluated(name, `≤ ${max}`, 'no measured request')];
    const n = measured.filter(counts).length;
    return [judged(name, n / measured.length, n / measured.length <= max, `≤ ${max}`, `${n} of ${measured.length} measured requests`)];
  });
}

function performanceCriteria(input: VerdictInput): CriterionResult[] {
  return (input.profile.criteria.performance ?? []).map((claim) => {
    const bound = [claim.min !== undefined ? `≥ ${claim.min}` : '', claim.max !== undefined ? `≤ ${claim.max}` : ''].filter(Boolean).join(' and ');
    const name = `${claim.metric} ${bound}`;
    const value = input.headline[claim.metric];
    if (value === null || value === undefined) return notEvaluated(name, bound, `${claim.metric} was not measured`);
    const ok = (claim.min === undefined || value >= claim.min) && (claim.max === undefined || value <= claim.max);
    return judged(name, value, ok, bound, 'at the profile\'s load');
  });
}

/** Every pass criterion of the profile, judged on the run; the verdict is pass, fail or incomplete. */
export function judgeCriteria(input: VerdictInput): { verdict: 'pass' | 'fail' | 'incomplete'; criteria: CriterionResult[] } {
  const measured = input.records.filter((r) => !r.warmup);
  const completed = measured.filter((r) => r.error === null);
  const criteria = [...rougeCriteria(input), ...lengthCriterion(input, completed), ...integrityCriteria(input, measured), ...performanceCriteria(input)];
  const verdict = criteria.some((c) => c.status === 'fail') ? 'fail' : criteria.some((c) => c.status === 'not_evaluated') ? 'incomplete' : 'pass';
  return { verdict, criteria };
}
