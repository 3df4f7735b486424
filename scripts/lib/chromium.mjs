// The system Chromium the browser tests drive with playwright-core (Debian's package; never `playwright install`).
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Why a browser test cannot run, or null when it can. Chromium is required when CI=true (`required`: the test
 * fails); elsewhere a missing Chromium skips the test with this message.
 */
export function chromiumMissing() {
  if (existsSync(CHROMIUM)) return null;
  return {
    message: `Chromium not found at ${CHROMIUM} (apt-get install chromium)`,
    required: process.env.CI === 'true',
  };
}
