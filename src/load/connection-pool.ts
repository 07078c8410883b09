/**
 * One undici Client (one keep-alive connection) per request in flight, handed out only while idle.
 *
 * undici's own Pool may queue a new request behind a connection it still thinks is free, so the request
 * leaves tens of milliseconds after its send time was taken (measured: up to ~50 ms at 16 streams). Here a
 * connection is given to one request at a time and returned only after that request has ended, so a
 * request is written the moment it is sent. Connections that saw a failure are closed, not reused.
 */
import { Client } from 'undici';

const CLIENT_OPTIONS = { pipelining: 1, headersTimeout: 0, bodyTimeout: 0, keepAliveTimeout: 60_000 } as const;

export class ConnectionPool {
  private readonly idle: Client[] = [];
  private readonly all = new Set<Client>();
  private closed = false;

  constructor(readonly origin: string) {}

  /** An idle kept-alive connection, or a new one. */
  acquire(): Client {
    const reused = this.idle.pop();
    if (reused) return reused;
    return this.fresh();
  }

  /** A new connection that never carried a request (for the retry after a dropped kept-alive one). */
  fresh(): Client {
    const client = new Client(this.origin, CLIENT_OPTIONS);
    this.all.add(client);
    return client;
  }

  /** Returns a connection after its request ended; `healthy` false closes it instead. */
  release(client: Client, healthy: boolean): void {
    if (healthy && !this.closed && !client.closed && !client.destroyed) {
      this.idle.push(client);
      return;
    }
    this.all.delete(client);
    void client.destroy().catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.idle.length = 0;
    const clients = [...this.all];
    this.all.clear();
    await Promise.all(clients.map((c) => c.destroy().catch(() => undefined)));
  }
}
