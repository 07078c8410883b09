/**
 * A reusable count table indexed by token id: counting unigrams this way is several times faster than a
 * Map. Users clear exactly the entries they touched before returning, so the table is all zeros between
 * calls.
 */
export class CountTable {
  counts = new Int32Array(1024);

  /** The table, grown to hold ids up to the largest in `groups`. */
  for(...groups: readonly (readonly number[])[]): Int32Array {
    let max = 0;
    for (const tokens of groups) for (const t of tokens) if (t > max) max = t;
    if (max >= this.counts.length) {
      let size = this.counts.length;
      while (size <= max) size *= 2;
      this.counts = new Int32Array(size);
    }
    return this.counts;
  }
}
