import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium, the one CI installs (apt-get install chromium). */
export const CHROMIUM = '/usr/bin/chromium';

export const browserAvailable = (): boolean => existsSync(CHROMIUM);
export const browserRequired = (): boolean => Boolean(process.env.INFERGATE_REQUIRE_BROWSER);

/** Headless, offline-quiet chromium with a fresh profile (nothing from a previous run leaks in). */
export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'infergate-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
