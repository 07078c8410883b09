import { grownTo } from '../util/typed-array.js';

/**
 * The ids seen by the dataset's pass, for its duplicate check, without a string an id: their UTF-8 bytes
 * end to end in one Buffer, and an open-addressing table (a Uint32Array of id numbers + 1, 0 empty) keyed by
 * an FNV-1a hash of the bytes. Two ids are the same when their bytes are; a hash collision only probes on.
 * About the id's bytes plus 12–20 bytes an id, where a Set of strings held ~50 (a string and its entry).
 */
export class IdSet {
  private bytes = Buffer.alloc(1 << 16);
  private used = 0;
  private ends = new Uint32Array(1024);
  private count = 0;
  private table = new Uint32Array(2048);

  get size(): number {
    return this.count;
  }

  /** Adds `id`; false when it was already there. */
  add(id: string): boolean {
    const length = Buffer.byteLength(id, 'utf8');
    if (this.used + length > this.bytes.length) {
      const next = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + length));
      this.bytes.copy(next, 0, 0, this.used);
      this.bytes = next;
    }
    this.bytes.write(id, this.used, 'utf8');
    const slot = this.find(this.used, this.used + length);
    if (this.table[slot] !== 0) return false;
    if (this.count === this.ends.length) this.ends = grownTo(this.ends, this.count * 2);
    this.used += length;
    this.ends[this.count++] = this.used;
    this.table[slot] = this.count;
    if (this.count * 2 > this.table.length) this.rehash(this.table.length * 2);
    return true;
  }

  /** The table slot holding the id at bytes[start, end), or the empty slot where it belongs. */
  private find(start: number, end: number): number {
    const mask = this.table.length - 1;
    for (let slot = hashOf(this.bytes, start, end) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === 0) return slot;
      const entryStart = entry === 1 ? 0 : this.ends[entry - 2]!;
      if (this.bytes.compare(this.bytes, entryStart, this.ends[entry - 1]!, start, end) === 0) return slot;
    }
  }

  private rehash(capacity: number): void {
    this.table = new Uint32Array(capacity);
    const mask = capacity - 1;
    for (let k = 0; k < this.count; k++) {
      let slot = hashOf(this.bytes, k === 0 ? 0 : this.ends[k - 1]!, this.ends[k]!) & mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & mask;
      this.table[slot] = k + 1;
    }
  }
}

/** 32-bit FNV-1a over bytes[start, end). */
function hashOf(bytes: Buffer, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash >>> 0;
}
