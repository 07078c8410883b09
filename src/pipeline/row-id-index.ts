/**
 * Dataset row ids to row positions, held as one Int32Array (open addressing, linear probing) over the
 * rows' own ids instead of a Map entry a row: 8 bytes a row (a table of twice the rows, at least) where
 * a Map<string, number> holds about 30 and grows by rehashing. An id is read through `idOf`, so the ids
 * themselves are the dataset's, not a copy.
 */
export class RowIdIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `idOf(i)` is row i's id, for i in [0, count); the first row of an id is the one `find` gives. */
  constructor(
    count: number,
    private readonly idOf: (row: number) => string,
  ) {
    let size = 4;
    while (size < count * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let row = 0; row < count; row++) {
      const slot = this.slotOf(idOf(row));
      if (this.slots[slot] === -1) this.slots[slot] = row;
    }
  }

  /** The first row whose id is `id`, or undefined. */
  find(id: string): number | undefined {
    const row = this.slots[this.slotOf(id)]!;
    return row === -1 ? undefined : row;
  }

  /** The slot holding `id`'s row, or the empty slot where it would go. */
  private slotOf(id: string): number {
    let slot = hashOf(id) & this.mask;
    for (;;) {
      const row = this.slots[slot]!;
      if (row === -1 || this.idOf(row) === id) return slot;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** FNV-1a over the UTF-16 code units, then mixed so that the low bits the mask keeps vary. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) >>> 0;
}
