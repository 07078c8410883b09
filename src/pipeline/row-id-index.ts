import { IdSet } from '../dataset/id-set.js';

/**
 * Dataset row ids to row positions, without a Map entry a row: the dataset's own id table (IdSet: the
 * ids' UTF-8 bytes end to end and a typed open-addressing table, the one the dataset's duplicate check
 * uses) numbers each distinct id, and one Int32Array gives each number its first row. Each id is read
 * through `idOf` once, as the index is built; a lookup compares bytes in memory, so rows kept on disk
 * (DatasetRows) are not read back to answer it.
 */
export class RowIdIndex {
  private readonly ids = new IdSet();
  private readonly firstRow: Int32Array;

  /** `idOf(i)` is row i's id, for i in [0, count); the first row of an id is the one `find` gives. */
  constructor(count: number, idOf: (row: number) => string) {
    this.firstRow = new Int32Array(count);
    for (let row = 0; row < count; row++) {
      if (this.ids.add(idOf(row)) === -1) this.firstRow[this.ids.size - 1] = row;
    }
  }

  /** The first row whose id is `id`, or undefined. */
  find(id: string): number | undefined {
    const number = this.ids.indexOf(id);
    return number === -1 ? undefined : this.firstRow[number];
  }
}
