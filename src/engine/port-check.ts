import { createServer } from 'node:net';
import { EngineError } from '../util/errors.js';

/**
 * Fails with one clear sentence when something already listens on the engine's port: otherwise the
 * engine dies with a bind error deep in its log, or worse, readiness succeeds against the other server.
 */
export async function assertPortFree(host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new EngineError(`port ${port} on ${host} is already in use; stop whatever listens there or choose another engine port`));
      } else if (error.code === 'EADDRNOTAVAIL') {
        reject(new EngineError(`engine host ${host} is not an address of this machine (port ${port})`));
      } else if (error.code === 'EACCES') {
        reject(new EngineError(`port ${port} on ${host} needs privileges infergate does not have; choose a port above 1023`));
      } else {
        reject(new EngineError(`cannot check port ${port} on ${host}: ${error.message}`));
      }
    });
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve()));
  });
}
