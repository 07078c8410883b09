import { closest, distance } from 'fastest-levenshtein';

/** The valid key closest to a misspelt one, when it is close enough to be a likely typo. */
export function closestKey(key: string, valid: readonly string[]): string | undefined {
  if (valid.length === 0) return undefined;
  const lower = key.toLowerCase();
  const caseMatch = valid.find((candidate) => candidate.toLowerCase() === lower);
  if (caseMatch) return caseMatch;
  const best = closest(lower, valid.map((v) => v.toLowerCase()));
  const index = valid.findIndex((v) => v.toLowerCase() === best);
  const limit = Math.max(2, Math.floor(key.length / 3));
  return distance(lower, best) <= limit ? valid[index] : undefined;
}
