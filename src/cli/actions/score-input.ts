/**
 * Reads the `score` command's inputs: two line-aligned text files, or one JSONL file of
 * {reference, prediction} rows. Every problem is an InputError naming the file (and line).
 */
import { InputError } from '../../util/errors.js';
import { readFileOrFail } from '../../util/read-file.js';
import { decodeUtf8Text } from '../../util/utf8-text.js';
import { parseJsonlObjects } from '../../util/jsonl.js';
import type { RougePair } from '../../metrics/rouge/index.js';

function readText(file: string): string {
  return decodeUtf8Text(readFileOrFail(file, { what: 'the file' }), file);
}

/** The file's lines; a final newline ends the last line rather than starting an empty one. */
function lines(text: string): string[] {
  const all = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (all.length > 0 && all[all.length - 1] === '') all.pop();
  return all;
}

/** Line i of the references pairs with line i of the predictions; an empty prediction line scores 0. */
export function readAlignedPairs(referencesFile: string, predictionsFile: string): RougePair[] {
  const references = lines(readText(referencesFile));
  const predictions = lines(readText(predictionsFile));
  if (references.length !== predictions.length) {
    throw new InputError(
      `${predictionsFile}: has ${predictions.length} lines but ${referencesFile} has ${references.length}; the files must be line-aligned`,
    );
  }
  return references.map((reference, i) => ({ reference, prediction: predictions[i] }));
}

/** One JSON object per non-blank line: `reference` (string) and `prediction` (string, null or absent). */
export function readJsonlPairs(file: string): RougePair[] {
  return parseJsonlObjects(readText(file), file, (row) => {
    const { reference, prediction } = row;
    if (typeof reference !== 'string') throw new Error('"reference" must be a string');
    if (prediction !== undefined && prediction !== null && typeof prediction !== 'string') throw new Error('"prediction" must be a string, null or absent');
    return { reference, prediction: prediction ?? null };
  });
}
