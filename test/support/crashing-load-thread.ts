/**
 * A load thread that dies on purpose: it serves requests as the real one does (load-thread.ts), and
 * throws an uncaught error when it is handed a request whose body carries CRASH_MARKER, as a bug or an
 * exhausted heap would end a real one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { serveLoadThread } from '../../src/load/threads/load-thread.js';
import type { LoadThreadPort, LoadThreadSetup, ToLoadThread } from '../../src/load/threads/thread-messages.js';
import { CRASH_MARKER } from './crash-marker.js';

const parent = parentPort!;
const port: LoadThreadPort = {
  on: (_event, listener) =>
    parent.on('message', (message: ToLoadThread) => {
      if (message.kind === 'send' && message.body.includes(CRASH_MARKER)) throw new Error('scripted crash\n  and a second line that the one-line report leaves out');
      listener(message);
    }),
  postMessage: (message) => parent.postMessage(message),
  close: () => parent.close(),
};
serveLoadThread(port, workerData as LoadThreadSetup);
