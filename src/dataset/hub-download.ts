import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fetch } from 'undici';
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
    const timeout = AbortSignal.timeout(600_000);
    const response = await fetch(url, { redirect: 'follow', signal: signal ? AbortSignal.any([timeout, signal]) : timeout });
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
