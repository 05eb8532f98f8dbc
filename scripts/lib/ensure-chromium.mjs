import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const candidates = () => [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

/**
 * Finds Debian's Chromium, installing it with apt-get when running as root on Debian;
 * otherwise says the one command to run. Tests never download a browser of their own.
 */
export function ensureChromium() {
  const found = candidates().find((p) => existsSync(p));
  if (found) return found;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log('› installing Debian chromium (apt-get)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = candidates().find((p) => existsSync(p));
    if (installed) return installed;
  }
  console.error('✗ Chromium is needed for the browser tests. Install it with:\n\n    sudo apt-get install -y chromium\n\n(or set CHROMIUM_PATH to a Chromium binary), then run `npm test` again.');
  process.exit(1);
}
