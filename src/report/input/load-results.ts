import { InputError } from '../../util/errors.js';
import { firstHeadlineProblem } from '../../results/headline-names.js';
import { RESULTS_SCHEMA, RESULTS_SCHEMA_VERSION, type ResultsDocument } from '../../results/results-document.js';
import { readJsonFile } from './read-jsonl.js';

/** Reads a results.json and checks the parts the report and exports rely on. */
export function loadResults(file: string): ResultsDocument {
  const doc = readJsonFile(file) as Partial<ResultsDocument> | null;
  if (!doc || typeof doc !== 'object') throw new InputError(`${file}: results must be a JSON object`);
  if (doc.schema !== RESULTS_SCHEMA) throw new InputError(`${file}: "schema" must be "${RESULTS_SCHEMA}"`);
  if (doc.schema_version !== RESULTS_SCHEMA_VERSION) {
    throw new InputError(`${file}: schema_version ${String(doc.schema_version)} is not one this infergate reads (${RESULTS_SCHEMA_VERSION})`);
  }
  if (!doc.headline || typeof doc.headline !== 'object' || Array.isArray(doc.headline)) {
    throw new InputError(`${file}: "headline" must be an object of metric name to number`);
  }
  for (const [name, value] of Object.entries(doc.headline)) {
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
      throw new InputError(`${file}: headline "${name}" must be a number or null`);
    }
  }
  const averaged = Array.isArray(doc.trials) && doc.trials.length > 1;
  const impossible = firstHeadlineProblem(doc.headline, 'headline', averaged);
  if (impossible !== null) throw new InputError(`${file}: key ${impossible}`);
  if (doc.steps !== undefined && !Array.isArray(doc.steps)) throw new InputError(`${file}: "steps" must be an array`);
  return doc as ResultsDocument;
}
