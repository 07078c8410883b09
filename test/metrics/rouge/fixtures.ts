/** Reads the ROUGE fixtures (brotli-compressed where large; see test/fixtures/rouge/README.md). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/rouge');

export function fixturePath(name: string): string {
  return join(FIXTURES, name);
}

export function readFixture(name: string): string {
  const raw = readFileSync(fixturePath(name));
  return (name.endsWith('.br') ? brotliDecompressSync(raw) : raw).toString('utf8');
}

export function readJsonl<T>(name: string): T[] {
  return readFixture(name)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Tab-separated rows, skipping the leading "#" comment line. */
export function readTsv(name: string): string[][] {
  return readFixture(name)
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

export const TYPES = ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'] as const;
export const MEASURES = ['precision', 'recall', 'fmeasure'] as const;

/** One rouge_score reference row: P, R, F per type in TYPES order, stemmed and not. */
export interface RougeScoreRow {
  reference: string;
  prediction: string;
  stem: number[][];
  nostem: number[][];
  name?: string;
  ref_tokens_stem?: string[];
  pred_tokens_stem?: string[];
  ref_tokens_nostem?: string[];
  pred_tokens_nostem?: string[];
  ref_lsum_sentences_stem?: string[][];
  pred_lsum_sentences_stem?: string[][];
}
