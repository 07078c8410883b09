import { grownTo } from '../util/typed-array.js';

/** A place with no number (a .summary file's rows are named by their file alone). */
const NO_NUMBER = 0xffffffff;

/**
 * Where each id was first seen, for the duplicate message: a row's "file:line" split into the part shared
 * by its file's rows and its number, kept as a prefix index and a number (8 bytes an id, not a string).
 */
export class FirstPlaces {
  private readonly prefixes: string[] = [];
  private prefix = new Uint32Array(1024);
  private number = new Uint32Array(1024);
  private count = 0;

  /** Records the place of id number `count` (ids are numbered in the order they were added). */
  add(where: string): void {
    const digits = /\d+$/.exec(where);
    const prefix = digits ? where.slice(0, digits.index) : where;
    if (this.prefixes.at(-1) !== prefix) this.prefixes.push(prefix);
    if (this.count === this.prefix.length) {
      this.prefix = grownTo(this.prefix, this.count * 2);
      this.number = grownTo(this.number, this.count * 2);
    }
    this.prefix[this.count] = this.prefixes.length - 1;
    this.number[this.count++] = digits ? Math.min(Number(digits[0]), NO_NUMBER - 1) : NO_NUMBER;
  }

  /** Where id number `index` was first seen. */
  where(index: number): string {
    const number = this.number[index]!;
    return `${this.prefixes[this.prefix[index]!]}${number === NO_NUMBER ? '' : number}`;
  }
}

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

  /** Adds `id` as the next id (0, 1, …); when it was already there, returns that id's number instead, else -1. */
  add(id: string): number {
    const length = this.stage(id);
    const slot = this.find(this.used, this.used + length);
    if (this.table[slot] !== 0) return this.table[slot]! - 1;
    if (this.count === this.ends.length) this.ends = grownTo(this.ends, this.count * 2);
    this.used += length;
    this.ends[this.count++] = this.used;
    this.table[slot] = this.count;
    if (this.count * 2 > this.table.length) this.rehash(this.table.length * 2);
    return -1;
  }

  /** `id`'s number (0, 1, … in the order ids were added), or -1 when it was never added. Adds nothing. */
  indexOf(id: string): number {
    const length = this.stage(id);
    return this.table[this.find(this.used, this.used + length)]! - 1;
  }

  /** Writes `id`'s UTF-8 bytes just past the ids kept (growing the buffer), where `add` keeps them; returns their length. */
  private stage(id: string): number {
    const length = Buffer.byteLength(id, 'utf8');
    if (this.used + length > this.bytes.length) {
      const next = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + length));
      this.bytes.copy(next, 0, 0, this.used);
      this.bytes = next;
    }
    this.bytes.write(id, this.used, 'utf8');
    return length;
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
