import { closeSync, openSync, readSync } from 'node:fs';
import { InputError } from '../util/errors.js';
import { grownTo } from '../util/typed-array.js';
import { truncateWords } from './build-prompts.js';
import { checkRow, rawRowOf, type RowSpan, type XsumRow } from './xsum-row.js';

/**
 * The rows a run uses, read by position: what the load's prompts (build-prompts.ts, RowPrompts) and the
 * scoring's references read of the dataset. An array of rows is one too.
 */
export interface RowList {
  readonly length: number;
  /** Row i as the dataset stage keeps it: its id, its article cut to prompt.max_article_words, its summary. */
  at(index: number): XsumRow | undefined;
}

/**
 * Row i's article cut to `maxWords` words (as a prompt cuts it), or the row itself when it is within them.
 * More than maxWords words take at least 2 × maxWords + 1 characters: a shorter article is not scanned.
 */
export function cutRow(row: XsumRow, maxWords: number | undefined): { row: XsumRow; truncated: boolean } {
  if (maxWords === undefined || row.document.length <= 2 * maxWords) return { row, truncated: false };
  const article = truncateWords(row.document, maxWords);
  if (!article.truncated) return { row, truncated: false };
  return { row: { id: row.id, document: article.text, summary: row.summary }, truncated: true };
}

/** Index 0 of `files` stands for the store's own bytes (`packed`); a data file is 1 onwards. */
const PACKED = 0;

/**
 * The dataset's rows without a JS object or string a row: per row a source, a byte offset and a length
 * (typed arrays, 20 bytes a row), read back and parsed when asked for. A JSON Lines row is its line in the
 * data file; a row of any other format (CSV, a JSON list, .summary files: its byte position is not known
 * cheaply, or it is not one span of the file) is kept as UTF-8 JSON `[id, document, summary]` in one
 * growing Buffer. Rows are cut to `maxWords` as they are read back, as the dataset stage cut them.
 */
export class DatasetRows implements RowList, Iterable<XsumRow> {
  private readonly files: string[] = [''];
  private source = new Uint32Array(64);
  private offset = new Float64Array(64);
  private size = new Uint32Array(64);
  private line = new Uint32Array(64);
  private packed = Buffer.alloc(0);
  private packedUsed = 0;
  private count = 0;
  /** The data files opened to read rows back, by path; closed when the store is collected. */
  private readonly open = new Map<string, number>();

  constructor(private readonly maxWords: number | undefined) {
    closeFiles.register(this, this.open);
  }

  get length(): number {
    return this.count;
  }

  /** Adds a row lying at `span` of `file`. */
  addSpan(file: string, span: RowSpan): void {
    let source = this.files.length - 1;
    if (this.files[source] !== file) source = this.files.push(file) - 1;
    this.push(source, span.offset, span.length, span.line);
  }

  /** Adds a row kept in the store's own bytes. */
  addPacked(row: XsumRow): void {
    const text = JSON.stringify([row.id, row.document, row.summary]);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (this.packedUsed + bytes > this.packed.length) {
      const next = Buffer.alloc(Math.max(this.packedUsed + bytes, this.packed.length * 2, 1 << 16));
      this.packed.copy(next, 0, 0, this.packedUsed);
      this.packed = next;
    }
    this.packed.write(text, this.packedUsed, 'utf8');
    this.push(PACKED, this.packedUsed, bytes, 0);
    this.packedUsed += bytes;
  }

  at(index: number): XsumRow | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    return cutRow(this.whole(index), this.maxWords).row;
  }

  /** Row i's id. */
  id(index: number): string {
    return this.whole(index).id;
  }

  /** Row i's reference (gold) summary, as scoring reads it. */
  reference(index: number): string {
    return this.whole(index).summary;
  }

  *[Symbol.iterator](): Iterator<XsumRow> {
    for (let i = 0; i < this.count; i++) yield this.at(i)!;
  }

  /** The rows at `indices` (ascending), in a store of their own; the packed bytes are shared. */
  subset(indices: readonly number[]): DatasetRows {
    const chosen = new DatasetRows(this.maxWords);
    chosen.files.push(...this.files.slice(1));
    chosen.packed = this.packed;
    chosen.packedUsed = this.packedUsed;
    for (const i of indices) chosen.push(this.source[i]!, this.offset[i]!, this.size[i]!, this.line[i]!);
    return chosen;
  }

  /** Row i as its file holds it (whole article), read back and checked again. */
  whole(index: number): XsumRow {
    const source = this.source[index]!;
    if (source === PACKED) {
      const [id, document, summary] = JSON.parse(this.packed.toString('utf8', this.offset[index]!, this.offset[index]! + this.size[index]!)) as string[];
      return { id: id!, document: document!, summary: summary! };
    }
    const file = this.files[source]!;
    const where = `${file}:${this.line[index]}`;
    const checked = checkRow(rawRowOf(parseLine(readSpan(this.open, file, this.offset[index]!, this.size[index]!, where), where), where));
    if (typeof checked === 'string') throw new InputError(`${where}: the row changed since the dataset was read (now: ${checked.replace('_', ' ')})`);
    return checked;
  }

  private push(source: number, offset: number, size: number, line: number): void {
    if (this.count === this.source.length) {
      const capacity = this.count * 2;
      this.source = grownTo(this.source, capacity);
      this.offset = grownTo(this.offset, capacity);
      this.size = grownTo(this.size, capacity);
      this.line = grownTo(this.line, capacity);
    }
    this.source[this.count] = source;
    this.offset[this.count] = offset;
    this.size[this.count] = size;
    this.line[this.count] = line;
    this.count++;
  }
}

/** Closes a store's data files once the store is collected: reading a row back is then one pread. */
const closeFiles = new FinalizationRegistry<Map<string, number>>((open) => {
  for (const fd of open.values()) {
    try {
      closeSync(fd);
    } catch {
      // already closed: nothing to release
    }
  }
});

function readSpan(open: Map<string, number>, file: string, offset: number, length: number, where: string): string {
  const bytes = Buffer.alloc(length);
  try {
    let fd = open.get(file);
    if (fd === undefined) {
      fd = openSync(file, 'r');
      open.set(file, fd);
    }
    let read = 0;
    while (read < length) {
      const n = readSync(fd, bytes, read, length - read, offset + read);
      if (n === 0) break;
      read += n;
    }
    if (read < length) throw new InputError(`${where}: the data file changed since the dataset was read (it is shorter now)`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${where}: cannot read the row back from the data file: ${(error as Error).message}`);
  }
  return bytes.toString('utf8');
}

function parseLine(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(`${where}: the data file changed since the dataset was read (the line is no longer JSON)`);
  }
}
