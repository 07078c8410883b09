/**
 * One undici Client (one keep-alive connection) per request in flight, handed out only while idle.
 *
 * undici's own Pool may queue a new request behind a connection it still thinks is free, so the request
 * leaves tens of milliseconds after its send time was taken (measured: up to ~50 ms at 16 streams). Here a
 * connection is given to one request at a time and returned only after that request has ended, so a
 * request is written the moment it is sent. Connections that saw a failure are closed, not reused.
 *
 * `prewarm` opens a step's connections before its clock starts: opening 512 connections while the first
 * requests already stream made the client stamp their tokens late (measured here: sends of the first wave
 * spread over 112 ms with connections opened on demand, 29 ms with them open).
 */
import { isIP, type Socket } from 'node:net';
import { buildConnector, Client } from 'undici';

const CLIENT_OPTIONS = { pipelining: 1, headersTimeout: 0, bodyTimeout: 0, keepAliveTimeout: 60_000 } as const;

export class ConnectionPool {
  private readonly idle: Client[] = [];
  private readonly all = new Set<Client>();
  /** Opened by prewarm and not yet owned by a Client that connected through them. */
  private readonly unowned = new Set<Socket>();
  private closed = false;
  private readonly connector = buildConnector({});
  private readonly target: buildConnector.Options;

  constructor(readonly origin: string) {
    const url = new URL(origin);
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    this.target = {
      hostname, host: url.host, protocol: url.protocol, port: url.port || (url.protocol === 'https:' ? '443' : '80'),
      servername: isIP(hostname) === 0 ? hostname : undefined,
    };
  }

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

  /**
   * Opens connections, all at once, until `count` are idle. A connection that cannot be opened is left
   * out: the request that would have used it opens its own and reports the failure. Returns early when
   * `signal` aborts; sockets that connect after that are closed.
   */
  async prewarm(count: number, signal?: AbortSignal): Promise<void> {
    const missing = count - this.idle.length;
    if (missing <= 0 || this.closed || signal?.aborted) return;
    const adopt = (socket: Socket | null): void => {
      if (!socket) return;
      if (this.closed || signal?.aborted) socket.destroy();
      else this.idle.push(this.clientOver(socket));
    };
    // Each socket is adopted as it connects, so by the time all have, all are idle.
    const opened = Array.from({ length: missing }, () => this.openSocket().then(adopt));
    const stop = new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
    await Promise.race([Promise.all(opened), stop]);
  }

  private openSocket(): Promise<Socket | null> {
    return new Promise((resolve) => {
      this.connector(this.target, (error, socket) => {
        if (error || !socket) return resolve(null);
        // An idle socket the server resets must not raise an unhandled 'error'; undici listens once it owns it.
        socket.on('error', () => undefined);
        resolve(socket);
      });
    });
  }

  /** A Client whose first connection is `socket`; later ones (after a close) are opened as usual. */
  private clientOver(socket: Socket): Client {
    let handed = false;
    this.unowned.add(socket);
    const client = new Client(this.origin, {
      ...CLIENT_OPTIONS,
      connect: (options, callback) => {
        this.unowned.delete(socket);
        if (!handed && !socket.destroyed && socket.readyState === 'open') {
          handed = true;
          // undici stalls when its connector calls back synchronously (its own does so on 'connect').
          queueMicrotask(() => callback(null, socket));
        } else {
          handed = true;
          socket.destroy();
          this.connector(options, callback);
        }
      },
    });
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
    for (const socket of this.unowned) socket.destroy();
    this.unowned.clear();
    await Promise.all(clients.map((c) => c.destroy().catch(() => undefined)));
  }
}
