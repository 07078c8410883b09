/**
 * Keep-alive connections (plain `net` or `tls` sockets), one request in flight on each, handed out only
 * while idle. A request writes its bytes straight to the socket it was given (stream-request.ts), so the
 * send stamp is the moment they leave: no client library in between that can hold a request for an
 * event-loop turn (undici did, 7–66 ms under load; docs/metrics.md, "Send time"). Connections that saw a
 * failure are closed, not reused; an idle one the server closes or writes to is dropped.
 *
 * `prewarm` opens a step's connections before its clock starts: opening 512 connections while the first
 * requests already stream made the client stamp their tokens late (measured here: sends of the first wave
 * spread over 112 ms with connections opened on demand, 29 ms with them open).
 */
import net, { isIP, type Socket } from 'node:net';
import tls from 'node:tls';

/**
 * The one buffer every plain connection reads into (net's `onread`): a read allocates no Buffer and skips
 * the Readable stream machinery (push, 'data' events) that a socket's default reads, and Node's http
 * client's, go through. With the byte path (sse-parser.ts), the client's CPU per text event went from
 * 26–31 µs to 20–22 µs at 64 streams (C server on decode steps, alternated runs, load average 7). Shared
 * safely: a read's bytes are handed to the connection's reader at once, and whoever keeps any copies them
 * (deferred-parse.ts) before the next read.
 */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

/** Takes a connection's bytes; they are valid during the call only (a view of READ_BUFFER for plain connections). */
export type BytesReader = (bytes: Buffer) => void;

/** One connection to the origin. `ready` once connected (for https, once the handshake is done). */
export class Connection {
  ready = false;
  /** Requests this connection has carried (a server may drop a reused one before answering). */
  served = 0;
  /** The error that ended the connection before it was ready, kept for a request that waits on it. */
  failure: Error | null = null;
  /** The request reading this connection; null while idle, when bytes mean the server is out of step. */
  reader: BytesReader | null = null;
  private waiting: Array<(err: Error | null) => void> = [];

  /**
   * `readsIntoSharedBuffer`: the socket was opened with an `onread` callback that calls deliver (the pool's
   * plain sockets); otherwise (TLS, which has no onread, or a socket made elsewhere) its 'data' events are delivered.
   */
  constructor(readonly socket: Socket, secure: boolean, readsIntoSharedBuffer = false) {
    socket.setNoDelay(true);
    if (!readsIntoSharedBuffer) socket.on('data', (bytes: Buffer) => this.deliver(bytes));
    // An idle socket the server resets must not raise an unhandled 'error'.
    socket.on('error', (err) => this.settle(err));
    socket.once(secure ? 'secureConnect' : 'connect', () => this.settle(null));
    socket.once('close', () => this.settle(new ConnectionClosedError()));
  }

  /** Hands bytes read from the socket to the request on it; a server never speaks first, so bytes on an idle connection close it. */
  deliver(bytes: Buffer): void {
    if (this.reader !== null) this.reader(bytes);
    else this.socket.destroy();
  }

  /** Calls `callback` once the connection is ready (now, when it is) or has failed. */
  whenReady(callback: (err: Error | null) => void): void {
    if (this.ready || this.failure) callback(this.failure);
    else this.waiting.push(callback);
  }

  private settle(err: Error | null): void {
    if (this.ready || this.failure) return;
    if (err) this.failure = err;
    else this.ready = true;
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w(err);
  }
}

/** The connection closed before it was established. */
export class ConnectionClosedError extends Error {
  readonly code = 'INFERGATE_SOCKET_CLOSED';
  constructor() {
    super('the server closed the connection');
  }
}

export class ConnectionPool {
  private readonly idle: Connection[] = [];
  private readonly all = new Set<Connection>();
  private closed = false;
  private readonly secure: boolean;
  private readonly hostname: string;
  private readonly port: number;

  constructor(readonly origin: string) {
    const url = new URL(origin);
    this.secure = url.protocol === 'https:';
    this.hostname = url.hostname.replace(/^\[|\]$/g, '');
    this.port = Number(url.port || (this.secure ? 443 : 80));
  }

  /** An idle kept-alive connection, or a new one. */
  acquire(): Connection {
    return this.idle.pop() ?? this.fresh();
  }

  /** A new connection that never carried a request (for the retry after a dropped kept-alive one). */
  fresh(): Connection {
    // The read callback is given before the connection exists; it runs only after, once bytes arrive.
    let connection: Connection | null = null;
    const onread = {
      buffer: READ_BUFFER,
      callback: (n: number, buffer: Uint8Array): boolean => {
        connection!.deliver((buffer as Buffer).subarray(0, n));
        return true;
      },
    };
    const socket = this.secure
      ? tls.connect({ host: this.hostname, port: this.port, servername: isIP(this.hostname) === 0 ? this.hostname : undefined, ALPNProtocols: ['http/1.1'] })
      : net.connect({ host: this.hostname, port: this.port, onread });
    const opened = (connection = new Connection(socket, this.secure, !this.secure));
    this.all.add(opened);
    socket.once('close', () => this.forget(opened));
    return opened;
  }

  /**
   * Opens connections, all at once, until `count` are idle. A connection that cannot be opened is left
   * out: the request that would have used it opens its own and reports the failure. Returns early when
   * `signal` aborts; connections opened by then are closed with the pool.
   */
  async prewarm(count: number, signal?: AbortSignal): Promise<void> {
    const missing = count - this.idle.length;
    if (missing <= 0 || this.closed || signal?.aborted) return;
    const opened = Array.from({ length: missing }, () => {
      const connection = this.fresh();
      return new Promise<void>((resolve) =>
        connection.whenReady((err) => {
          if (err) connection.socket.destroy();
          else this.release(connection, true);
          resolve();
        }),
      );
    });
    const stop = new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
    await Promise.race([Promise.all(opened), stop]);
  }

  /** Returns a connection after its request ended; `healthy` false closes it instead. */
  release(connection: Connection, healthy: boolean): void {
    const socket = connection.socket;
    connection.reader = null;
    if (healthy && !this.closed && connection.ready && !socket.destroyed && socket.readyState === 'open') {
      this.idle.push(connection);
      return;
    }
    socket.destroy();
    this.forget(connection);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.idle.length = 0;
    const open = [...this.all];
    this.all.clear();
    await Promise.all(
      open.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.socket.closed) return resolve();
            c.socket.once('close', () => resolve());
            c.socket.destroy();
          }),
      ),
    );
  }

  private forget(connection: Connection): void {
    this.all.delete(connection);
    const at = this.idle.indexOf(connection);
    if (at >= 0) this.idle.splice(at, 1);
  }
}
