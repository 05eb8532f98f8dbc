import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or the one CHROMIUM_PATH names; tests never download a browser. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: run `apt-get install -y chromium` (or set CHROMIUM_PATH)');
  return found;
}

/** Launches headless Chromium with the flags this sandbox needs (no background network, no GPU). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-features=Translate,MediaRouter,OptimizationHints',
      // Site isolation on, as on every desktop Chromium: each mini-app site gets its own process.
      '--site-per-process',
      // A phone in Huế: Vietnamese first in the browser's languages, from which the host picks its first language
      // (host/src/shared/starting-lang.ts). A test of another language gives its context a `locale`.
      '--accept-lang=vi-VN,vi',
    ],
  });
}
