/**
 * WordNet 2.0's irregular inflections (inflected form → base form: "was"→"be", "lives"→"life"), the table
 * ROUGE-1.5.5 consults (its WordNet-2.0.exc.db) before its Porter stemmer when run with -m.
 * Shipped inside the product so scoring never reads data from outside the bundle.
 */
import table from './data/wordnet20-exceptions.json' with { type: 'json' };

const exceptions: ReadonlyMap<string, string> = new Map(Object.entries(table as Record<string, string>));

/** The base form WordNet lists for an irregular form, or undefined. */
export function wordnetException(word: string): string | undefined {
  return exceptions.get(word);
}
