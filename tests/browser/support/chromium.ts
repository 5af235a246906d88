import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's chromium, or the one CHROMIUM_PATH names. */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    which('chromium'),
  ];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'The browser tests need Chromium and found none (looked for CHROMIUM_PATH, /usr/bin/chromium, ' +
        '`chromium` on PATH). Install it with `apt-get install -y chromium` (.ci/run does).',
    );
  }
  return found;
}

function which(command: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/** A headless Chromium driven over the DevTools protocol (puppeteer-core, no bundled browser). */
export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=zh-CN'],
    defaultViewport: { width: 1366, height: 900 },
  });
}
