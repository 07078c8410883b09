/**
 * Where a load thread's code is. Bundled (dist/cli, dist/main), it is its own bundle beside them,
 * dist/load-thread/index.js (scripts/build-dist.mjs); run from the TypeScript sources (tests, benches),
 * it is load-thread-main.ts, loaded through tsx, which a thread does not inherit from its parent.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** What `new Worker` is given: a file URL, or (sources) a module to evaluate that loads one. */
export interface LoadThreadEntry {
  code: URL | string;
  eval: boolean;
}

export function loadThreadEntry(here: string = import.meta.url): LoadThreadEntry {
  if (!here.endsWith('.ts')) {
    // Built by path pieces so that the bundler leaves it as a run-time path instead of an asset to copy.
    return { code: new URL(['..', 'load-thread', 'index.js'].join('/'), here), eval: false };
  }
  return sourceEntry(new URL('./load-thread-main.ts', here).href, here);
}

/** Evaluated code that registers tsx's loader in the new thread, then imports `moduleUrl`. */
export function sourceEntry(moduleUrl: string, here: string = import.meta.url): LoadThreadEntry {
  // Named by pieces, as above: the bundle must not try to carry tsx (a development tool) along.
  const tsxPackage = createRequire(here).resolve(['tsx', 'package.json'].join('/'));
  const api = pathToFileURL(tsxPackage.replace(/package\.json$/, 'dist/esm/api/index.mjs')).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); });`;
  return { code, eval: true };
}
