import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/certify/profile-schema.js';
import { judgeCriteria } from '../../src/certify/verdict.js';
import type { CriterionResult } from '../../src/run-folder/results-document.js';
import type { RequestRecord } from '../../src/run-folder/request-record.js';
import { requestRecordArbitrary } from '../support/request-record-arbitrary.js';

const profile = {
  name: 't', version: 1, description: 'd', dataset: { checksum: null }, settings: {},
  criteria: {
    output_length: { margin: 0.1 },
    integrity: { max_failed_share: 0.1, max_empty_share: 0.2, max_truncated_share: 0.5, max_duplicate_share: 0.25 },
  },
  references: { m: { rouge1: 0.4, rouge2: 0.2, rougeL: 0.3, mean_output_tokens: 20 } },
} as Profile;

/** The length and integrity criteria as they were computed over an array of every record. */
function overArray(records: readonly RequestRecord[]): Array<[string, number | null, string]> {
  const measured = records.filter((r) => !r.warmup);
  const completed = measured.filter((r) => r.error === null);
  const out: Array<[string, number | null, string]> = [];
  if (completed.length === 0) out.push(['mean output tokens within ±10% of reference', null, 'no request completed']);
  else out.push(['mean output tokens within ±10% of reference', completed.reduce((sum, r) => sum + (r.output_tokens ?? 0), 0) / completed.length, `${completed.length} completed requests`]);
  const byText = new Map<string, Set<string>>();
  for (const r of measured) if (r.error === null && r.text.trim() !== '') byText.set(r.text, (byText.get(r.text) ?? new Set()).add(r.id));
  const shares: Array<[string, (r: RequestRecord) => boolean]> = [
    ['failed requests share', (r) => r.error !== null],
    ['empty outputs share', (r) => r.error?.kind === 'no_text' || (r.error === null && r.text.trim() === '')],
    ['outputs cut at max_tokens share', (r) => r.error === null && r.finish_reason === 'length'],
    ['outputs repeated across articles share', (r) => r.error === null && (byText.get(r.text)?.size ?? 0) > 1],
  ];
  for (const [name, counts] of shares) {
    if (measured.length === 0) out.push([name, null, 'no measured request']);
    else out.push([name, measured.filter(counts).length / measured.length, `${measured.filter(counts).length} of ${measured.length} measured requests`]);
  }
  return out;
}

/** The records as the pipeline hands them: a fresh walk each time, nothing held between (walks counted). */
function walks(records: readonly RequestRecord[]): { iterable: Iterable<RequestRecord>; count: () => number } {
  let count = 0;
  return { iterable: { *[Symbol.iterator]() { count++; for (const r of records) yield structuredClone(r); } }, count: () => count };
}

const texts = fc.constantFrom('', ' ', 'same', 'other', 'x');
const ids = fc.constantFrom('a', 'b', 'c');

describe('certification criteria over records walked, not held (property)', () => {
  it('equal those computed over an array of every record, in at most two walks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(requestRecordArbitrary, texts, ids), { maxLength: 30 }), (drawn) => {
        const records = drawn.map(([r, text, id]) => ({ ...r, text, id }));
        const { iterable, count } = walks(records);
        const { criteria } = judgeCriteria({ profile, model: 'm', headline: {}, records: iterable });
        expect(criteria.map((c: CriterionResult) => [c.name, c.measured, c.detail])).toEqual(overArray(records));
        expect(count()).toBeLessThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});
