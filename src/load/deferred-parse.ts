/**
 * Stamps each network chunk when it arrives and parses it later in the same event-loop turn.
 *
 * When many streams have bytes ready at once, Node runs their socket callbacks one after another. If
 * each callback also parsed its events (JSON and all), every later socket's timestamp would include the
 * parse time of the ones before it. So the callback only takes the time and queues the chunk; parsing
 * runs from setImmediate, after every ready socket has been stamped.
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

export class ChunkQueue implements DeferredParser {
  private chunks: Buffer[] = [];
  private times: number[] = [];

  constructor(private readonly consume: (chunk: Buffer, arrivedAt: number) => void) {}

  push(chunk: Buffer, arrivedAt: number): void {
    this.chunks.push(chunk);
    this.times.push(arrivedAt);
    dirty.add(this);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flushAll);
    }
  }

  flush(): void {
    dirty.delete(this);
    if (this.chunks.length === 0) return;
    const chunks = this.chunks;
    const times = this.times;
    this.chunks = [];
    this.times = [];
    for (let i = 0; i < chunks.length; i++) this.consume(chunks[i]!, times[i]!);
  }

  /** Drops what is queued (the request has already ended). */
  discard(): void {
    dirty.delete(this);
    this.chunks = [];
    this.times = [];
  }
}
