// Starts the system's Chromium headless (Debian package chromium) for the checks of this folder, and names the pinned
// mermaid's browser bundle.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);

/** The pinned mermaid's single-file browser bundle (node_modules/mermaid/dist/mermaid.min.js). */
export const mermaidScriptPath = join(dirname(require.resolve('mermaid/package.json')), 'dist', 'mermaid.min.js');

/** The Chromium to drive: $CHROMIUM when set, else /usr/bin/chromium. */
export function chromiumPath() {
  const path = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(path)) {
    console.error(`diagram-check: no Chromium at ${path}; install Debian's chromium or set CHROMIUM to its path`);
    process.exit(2);
  }
  return path;
}

export function launchChromium() {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    // CI runs as root, where Chromium's sandbox cannot start; the pages are our own generated files.
    args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files', '--font-render-hinting=none'],
  });
}
