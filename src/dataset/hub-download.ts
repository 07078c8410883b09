import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InputError } from '../util/errors.js';
import type { Logger } from '../util/logger.js';

/** The XSum test split as knkarthick/xsum publishes it. */
export const HUB_TEST_FILE = 'test.csv';

/**
 * When data_path is not set, the test split is downloaded once into the cache folder and reused after.
 * Written to a temporary name and renamed, so an interrupted download never leaves a truncated file.
 */
export async function ensureHubTestSplit(hubUrl: string, cacheDir: string, log: Logger, signal?: AbortSignal): Promise<string> {
  const dir = join(cacheDir, 'knkarthick-xsum');
  const target = join(dir, HUB_TEST_FILE);
  if (existsSync(target)) {
    log.info(`data_path is not set: using the cached XSum test split ${target}`);
    return target;
  }
  const url = `${hubUrl.replace(/\/+$/, '')}/${HUB_TEST_FILE}`;
  log.info(`data_path is not set: downloading the XSum test split once from ${url} into ${dir}`);
  mkdirSync(dir, { recursive: true });
  const partial = `${target}.partial`;
  try {
    // Imported here, when a download happens: undici is half of what a start would evaluate otherwise
    // (docs/metrics.md, "Start-up"), and a run with data_path or a cached split never needs it.
    const { fetch } = await import('undici');
    const response = await fetch(url, { redirect: 'follow', signal: downloadSignal(signal) });
    if (response.status !== 200 || !response.body) {
      await response.body?.cancel();
      throw new Error(`HTTP ${response.status}`);
    }
    await pipeline(Readable.fromWeb(response.body as Parameters<typeof Readable.fromWeb>[0]), createWriteStream(partial));
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new InputError(`data_path is not set and the XSum download from ${url} failed (${(error as Error).message}); set data_path to a local XSum file or folder`);
  }
  return target;
}

/**
 * Aborts after 10 minutes or with `signal`. Not AbortSignal.any: on Node 20 its combined signal can be
 * collected while the download still waits on it, and the abort is then lost.
 */
function downloadSignal(signal: AbortSignal | undefined): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('no answer within 600 s')), 600_000);
  timer.unref();
  const onAbort = (): void => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return controller.signal;
}
