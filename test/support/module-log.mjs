/**
 * Loaded with `node --import tsx --import ./test/support/module-log.mjs ...`: records every module the
 * process resolves — its static graph as it loads, each `import()` when it is called — by appending the
 * module's URL to the file named by INFERGATE_MODULE_LOG, one a line. The resolve hook writes before it
 * returns, so every module resolved before a request is sent is in the file when the request arrives
 * (test/cli/start-up-modules.test.ts reads it at that moment).
 */
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

// Module hooks run on a thread of their own, which loads this same file and must not register again.
if (isMainThread) register(import.meta.url);

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  appendFileSync(process.env.INFERGATE_MODULE_LOG, `${resolved.url}\n`);
  return resolved;
}
