import type { RequestRecord } from '../load/index.js';
import type { CriterionResult, Headline } from '../run-folder/results-document.js';
import type { Profile } from './profile-schema.js';

/**
 * What the verdict reads: the run's headline, its records and the served model's name. `records` is walked
 * twice, a record at a time (an array, or the run's requests.jsonl read back on each walk), and not held.
 */
export interface VerdictInput {
  profile: Profile;
  model: string;
  headline: Headline;
  records: Iterable<RequestRecord>;
}

/** What the length and integrity criteria count over the measured records. */
interface RecordTally {
  measured: number;
  completed: number;
  outputTokens: number;
  /** Per integrity share's name, the measured requests it counts. */
  shares: Map<string, number>;
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

function lengthCriterion(input: VerdictInput, tally: RecordTally): CriterionResult[] {
  const rule = input.profile.criteria.output_length;
  if (!rule) return [];
  const name = `mean output tokens within ±${rule.margin * 100}% of reference`;
  const ref = input.profile.references[input.model]?.mean_output_tokens;
  if (ref === undefined) return [notEvaluated(name, `±${rule.margin * 100}%`, `the profile has no mean_output_tokens reference for model ${input.model}`)];
  const bound = `${(ref * (1 - rule.margin)).toFixed(2)} … ${(ref * (1 + rule.margin)).toFixed(2)}`;
  if (tally.completed === 0) return [notEvaluated(name, bound, 'no request completed')];
  const mean = tally.outputTokens / tally.completed;
  return [judged(name, mean, Math.abs(mean - ref) <= rule.margin * ref, bound, `${tally.completed} completed requests`)];
}

type ShareRule = [name: string, max: number | undefined, counts: (r: RequestRecord) => boolean];

/** The integrity shares, in the order they are reported; the repeated-outputs one reads `byText`. */
function shareRules(input: VerdictInput, byText: ReadonlyMap<string, Set<string>>): ShareRule[] {
  const rule = input.profile.criteria.integrity;
  if (!rule) return [];
  return [
    ['failed requests share', rule.max_failed_share, (r) => r.error !== null],
    ['empty outputs share', rule.max_empty_share, (r) => r.error?.kind === 'no_text' || (r.error === null && r.text.trim() === '')],
    // A stop at max_tokens cut the summary short: MLPerf's truncation check.
    ['outputs cut at max_tokens share', rule.max_truncated_share, (r) => r.error === null && r.finish_reason === 'length'],
    ['outputs repeated across articles share', rule.max_duplicate_share, (r) => r.error === null && (byText.get(r.text)?.size ?? 0) > 1],
  ];
}

/**
 * Two walks over the records: the first finds each output text's articles (same text for two different
 * articles: a cache answering the wrong prompt, or a constant reply), the second counts.
 */
function tallyRecords(input: VerdictInput): RecordTally {
  const byText = new Map<string, Set<string>>();
  if (input.profile.criteria.integrity) {
    for (const r of input.records) if (!r.warmup && r.error === null && r.text.trim() !== '') byText.set(r.text, (byText.get(r.text) ?? new Set()).add(r.id));
  }
  const rules = shareRules(input, byText);
  const tally: RecordTally = { measured: 0, completed: 0, outputTokens: 0, shares: new Map(rules.map(([name]) => [name, 0])) };
  for (const r of input.records) {
    if (r.warmup) continue;
    tally.measured += 1;
    if (r.error === null) {
      tally.completed += 1;
      tally.outputTokens += r.output_tokens ?? 0;
    }
    for (const [name, , counts] of rules) if (counts(r)) tally.shares.set(name, tally.shares.get(name)! + 1);
  }
  return tally;
}

function integrityCriteria(input: VerdictInput, tally: RecordTally): CriterionResult[] {
  return shareRules(input, new Map()).flatMap(([name, max]) => {
    if (max === undefined) return [];
    if (tally.measured === 0) return [notEvaluated(name, `≤ ${max}`, 'no measured request')];
    const n = tally.shares.get(name)!;
    return [judged(name, n / tally.measured, n / tally.measured <= max, `≤ ${max}`, `${n} of ${tally.measured} measured requests`)];
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
  const tally = tallyRecords(input);
  const criteria = [...rougeCriteria(input), ...lengthCriterion(input, tally), ...integrityCriteria(input, tally), ...performanceCriteria(input)];
  const verdict = criteria.some((c) => c.status === 'fail') ? 'fail' : criteria.some((c) => c.status === 'not_evaluated') ? 'incomplete' : 'pass';
  return { verdict, criteria };
}
