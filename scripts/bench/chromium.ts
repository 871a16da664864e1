import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Flags for every Chromium the benchmark starts (Playwright's and Lighthouse's), as TOOLCHAIN.md lists them. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium to measure with: LYCT_CHROMIUM, else Debian's /usr/bin/chromium. Nothing is downloaded. */
export function findChromium(): string {
  const fromEnv = process.env.LYCT_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`LYCT_CHROMIUM points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error('No Chromium for the benchmark: apt-get install -y chromium, or set LYCT_CHROMIUM=/path/to/chrome.');
}

/** "Chromium 156.0.8078.108 built on Debian …" → "Chromium 156.0.8078.108". */
export function chromiumVersion(path: string): string {
  try {
    const text = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return text.trim().replace(/\s+built on.*$/, '');
  } catch {
    return 'unknown';
  }
}
