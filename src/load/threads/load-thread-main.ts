/** Entry of a load thread (node:worker_threads): serves the main thread's requests (load-thread.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { serveLoadThread } from './load-thread.js';
import type { LoadThreadPort, LoadThreadSetup } from './thread-messages.js';

if (parentPort) serveLoadThread(parentPort as unknown as LoadThreadPort, workerData as LoadThreadSetup);
