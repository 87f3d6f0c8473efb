/** Debian's Chromium driven by playwright-core: found or reported; in CI a missing browser is a failure, never a skip. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The Chromium binary: CHROMIUM env var, then Debian's. */
export function findChromium(): string | null {
  for (const path of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (path && existsSync(path)) return path;
  return null;
}

/** Whether the browser tests run here; prints why not when they are skipped. */
export function browserTestsRun(): boolean {
  if (findChromium() || process.env.CI) return true;
  console.warn('Chromium not found (apt-get install chromium): skipping the browser tests');
  return false;
}

/** Headless Chromium with the flags this machine's closed network needs. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is required in CI: apt-get install --no-install-recommends chromium');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
