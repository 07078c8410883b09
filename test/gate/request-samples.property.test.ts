import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseResultsDocument } from '../../src/run-folder/results-file.js';
import { InputError } from '../../src/util/errors.js';
import { makeResults } from './make-results.js';

const latencies = fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { maxLength: 50 });

describe('request_samples in results.json (property)', () => {
  it('non-negative samples are read back as written; a negative one anywhere is one InputError naming its key', () => {
    fc.assert(
      fc.property(latencies, latencies, latencies, fc.constantFrom('ttft_ms', 'tpot_ms', 'e2el_ms'), fc.double({ min: -1e6, max: -1e-9, noNaN: true }), (ttft, tpot, e2el, family, negative) => {
        const samples = { ttft_ms: ttft, tpot_ms: tpot, e2el_ms: e2el };
        const doc = JSON.parse(JSON.stringify(makeResults({}, { request_samples: samples }))) as unknown;
        expect(parseResultsDocument(doc, 'r.json').request_samples).toEqual(samples);
        const bad = { ...samples, [family]: [...samples[family], negative] };
        const badDoc = JSON.parse(JSON.stringify(makeResults({}, { request_samples: bad }))) as unknown;
        expect(() => parseResultsDocument(badDoc, 'r.json')).toThrow(InputError);
        expect(() => parseResultsDocument(badDoc, 'r.json')).toThrow(new RegExp(`r\\.json: key request_samples\\.${family}\\.${samples[family].length}: `));
      }),
      { numRuns: 100 },
    );
  });
});
