/**
 * WordNet 2.0's irregular inflections (inflected form → base form: "was"→"be", "lives"→"life"), the table
 * ROUGE-1.5.5 consults (its data/WordNet-2.0.exc.db) before its Porter stemmer when run with -m.
 * Shipped inside the product so scoring never reads data from outside the bundle.
 *
 * data/wordnet20-exceptions.json is the table as the DB is distributed, 5,930 pairs. It was derived from
 * the shared WordNet 2.0 table (../shared/data/rouge/rouge155/wordnet20_exceptions.json, what the package's
 * buildExeptionDB.pl rebuilds from WordNet's adj/adv/noun/verb.exc) by the one change that
 * lead-resampling-and-wordnet.json documents: the distributed DB maps "best" and "better" to "well"
 * where the rebuilt one maps them to "good" (WordNet lists both forms twice: adj.exc → good, adv.exc →
 * well; a DB keeps one base per form).
 * Every public copy of the distributed DB has these two entries so; with them the script's per-document
 * values of the 4 affected XSum LEAD documents and its LEAD aggregates are reproduced exactly
 * (test/metrics/rouge/rouge155-lead.test.ts).
 */
import table from './data/wordnet20-exceptions.json' with { type: 'json' };

const exceptions: ReadonlyMap<string, string> = new Map(Object.entries(table as Record<string, string>));

/** The base form WordNet lists for an irregular form, or undefined. */
export function wordnetException(word: string): string | undefined {
  return exceptions.get(word);
}
