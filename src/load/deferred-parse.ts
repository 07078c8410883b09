/**
 * Stamps each network chunk when it arrives and parses it later in the same event-loop turn.
 *
 * When many streams have bytes ready at once, Node runs their socket callbacks one after another. If
 * each callback also parsed its events (JSON and all), every later socket's timestamp would include the
 * parse time of the ones before it. So the callback only takes the time and queues the chunk; parsing
 * runs from setImmediate, after every ready socket has been stamped.
 *
 * A queued chunk is copied into the queue's own buffer: a plain connection reads into one buffer that the
 * next read reuses (connection-pool.ts), which saves a Buffer allocation per read; the copy is a memcpy of
 * the few hundred bytes of an event into memory the queue keeps for the whole request.
 */
export interface DeferredParser {
  /** Parses the queued chunks of this request, in order, with their arrival times. */
  flush(): void;
}

const dirty = new Set<DeferredParser>();
let scheduled = false;

function flushAll(): void {
  scheduled = false;
  // Requests that turn dirty while flushing are handled in the next turn.
  const batch = [...dirty];
  dirty.clear();
  for (const p of batch) p.flush();
}

const FIRST_CAPACITY = 4096;

export class ChunkQueue implements DeferredParser {
  /** The queued chunks' bytes, back to back; `ends[i]` is where chunk i ends, `times[i]` when it arrived. */
  private bytes: Buffer | null = null;
  private length = 0;
  private readonly ends: number[] = [];
  private readonly times: number[] = [];

  constructor(private readonly consume: (chunk: Buffer, arrivedAt: number) => void) {}

  /** Queues a copy of `chunk` (which may be a view of a reused read buffer). */
  push(chunk: Uint8Array, arrivedAt: number): void {
    const end = this.length + chunk.length;
    if (this.bytes === null || end > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(FIRST_CAPACITY, 2 * end));
      if (this.bytes !== null) this.bytes.copy(grown, 0, 0, this.length);
      this.bytes = grown;
    }
    this.bytes.set(chunk, this.length);
    this.length = end;
    this.ends.push(end);
    this.times.push(arrivedAt);
    dirty.add(this);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flushAll);
    }
  }

  flush(): void {
    dirty.delete(this);
    const count = this.ends.length;
    if (count === 0) return;
    const bytes = this.bytes!;
    let from = 0;
    // A consumer that ends the request discards the queue: the chunks after it are not parsed.
    for (let i = 0; i < count && this.ends.length === count; i++) {
      const end = this.ends[i]!;
      this.consume(bytes.subarray(from, end), this.times[i]!);
      from = end;
    }
    this.discard();
  }

  /** Drops what is queued (the request has already ended). */
  discard(): void {
    dirty.delete(this);
    this.length = 0;
    this.ends.length = 0;
    this.times.length = 0;
  }
}
