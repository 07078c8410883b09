/** The chunk queue between a socket's read callback and the parser (src/load/deferred-parse.ts). */
import { describe, expect, it } from 'vitest';
import { ChunkQueue } from '../../src/load/deferred-parse.js';

describe('ChunkQueue', () => {
  it('keeps its own copy of a chunk: the read buffer it came from is reused by the next read before parsing', () => {
    const readBuffer = Buffer.from('data: one\n\n');
    const seen: Array<[string, number]> = [];
    const queue = new ChunkQueue((chunk, at) => seen.push([chunk.toString('latin1'), at]));
    queue.push(readBuffer.subarray(0, 11), 1);
    readBuffer.write('data: two\n\n');
    queue.push(readBuffer.subarray(0, 9), 2);
    readBuffer.fill(0);
    queue.flush();
    expect(seen).toEqual([['data: one\n\n', 1], ['data: two', 2]]);
  });

  it('parses nothing more once a consumer ends the request, and starts empty after a flush', () => {
    const seen: string[] = [];
    const queue: ChunkQueue = new ChunkQueue((chunk) => {
      seen.push(chunk.toString('latin1'));
      queue.discard();
    });
    queue.push(Buffer.from('a'), 1);
    queue.push(Buffer.from('b'), 2);
    queue.flush();
    expect(seen).toEqual(['a']);
    queue.push(Buffer.from('c'.repeat(5000)), 3);
    queue.flush();
    expect(seen).toEqual(['a', 'c'.repeat(5000)]);
  });
});
