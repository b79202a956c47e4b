/**
 * Debian's Chromium, as every script and test here drives it: no tool downloads a browser.
 * Running as root needs --no-sandbox; the rest keep Chromium off a network it cannot reach.
 */
import { execFileSync } from 'node:child_process';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROME_PATH, else `chromium` (or `chromium-browser`) on PATH; undefined when there is none. */
export function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export const INSTALL_CHROMIUM = 'apt-get update && apt-get install -y chromium';
