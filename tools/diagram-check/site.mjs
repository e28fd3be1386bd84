#!/usr/bin/env node
// Opens every page of a site written by `radai site` (or RadAiDocumentation.WriteSite) from file:// in headless
// Chromium and checks it: no console error and no failed request, every Mermaid block became an SVG, every link
// resolves (the file exists; an #anchor names an element of the target page). Writes screenshots of three pages.
// Usage: node site.mjs [--screenshots DIR] SITE_DIR
// Exit codes: 0 every page passes; 1 a page fails; 2 bad usage.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './browser.mjs';

const USAGE = 'usage: node site.mjs [--screenshots DIR] SITE_DIR\n' +
  '  Opens every .html page under SITE_DIR from file:// and fails (exit 1) on a console error, a failed request, a\n' +
  '  Mermaid block that did not become an SVG, or a link that does not resolve. --screenshots writes three PNGs.';
// What a person looks at: the index on a laptop, the largest diagram on a laptop in dark mode, a document on a phone.
const SCREENSHOTS = [
  { file: 'index-laptop.png', page: 'index.html', viewport: { width: 1366, height: 900 }, dark: false },
  { file: 'container-diagram-laptop-dark.png', page: 'rad-ai/c4-diagrams/container-diagram.html', viewport: { width: 1366, height: 900 }, dark: true },
  { file: 'operational-ai-view-phone.png', page: 'rad-ai/arc42-extensions/12-operational-ai-view.html', viewport: { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true }, dark: false },
];
const DIAGRAM_TIMEOUT_MS = 60_000;

function usageError(message) {
  console.error(`site-check: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function parseArguments(argv) {
  const options = { screenshots: undefined, site: undefined };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--screenshots') {
      if (i + 1 >= argv.length) usageError('--screenshots needs a folder');
      options.screenshots = argv[++i];
    } else if (argument === '--help' || argument === '-h') { console.log(USAGE); process.exit(0); }
    else if (argument.startsWith('-')) usageError(`unknown option '${argument}'`);
    else if (options.site) usageError('give one site folder');
    else options.site = argument;
  }
  if (!options.site) usageError('no site folder given');
  if (!existsSync(options.site) || !statSync(options.site).isDirectory()) usageError(`'${options.site}' is not a folder`);
  return options;
}

function pagesUnder(folder, pages = []) {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) pagesUnder(path, pages);
    else if (entry.name.endsWith('.html')) pages.push(path);
  }
  return pages;
}

// The ids of a page, read from its file (the pages are static: every id is in the HTML the generator wrote).
const idsOfFile = new Map();
function idsOf(file) {
  if (!idsOfFile.has(file)) {
    const html = readFileSync(file, 'utf8');
    idsOfFile.set(file, new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"'))));
  }
  return idsOfFile.get(file);
}

// Why a link does not resolve, or undefined when it does. Links off the site (http:, mailto:) are not followed.
function brokenLink(href) {
  let url;
  try { url = new URL(href); } catch { return 'not a URL'; }
  if (url.protocol !== 'file:') return undefined;
  const file = fileURLToPath(url);
  if (!existsSync(file)) return 'no such file';
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) return `no element with id "${anchor}"`;
  return undefined;
}

async function checkPage(browser, site, file) {
  const name = relative(site, file).split('\\').join('/');
  const problems = [];
  const page = await browser.newPage();
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const blocks = await page.$$eval('.mermaid', (nodes) => nodes.length);
  if (blocks > 0) {
    try {
      await page.waitForFunction(() => document.documentElement.dataset.diagrams, { timeout: DIAGRAM_TIMEOUT_MS });
    } catch {
      problems.push(`the diagrams were not drawn within ${DIAGRAM_TIMEOUT_MS / 1000} s`);
    }
  }
  const state = await page.evaluate(() => ({
    drawn: document.documentElement.dataset.diagrams ?? null,
    withoutSvg: [...document.querySelectorAll('.mermaid')].filter((b) => !b.querySelector('svg')).length,
    errorSvgs: document.querySelectorAll('.mermaid svg[aria-roledescription="error"]').length,
    zoomable: document.querySelectorAll('.diagram .diagram-tools').length,
    links: [...document.querySelectorAll('a[href]')].map((a) => ({ text: a.textContent.trim(), written: a.getAttribute('href'), href: a.href })),
  }));
  if (blocks > 0 && state.drawn !== 'drawn') problems.push(`diagrams ${state.drawn ?? 'not drawn'}`);
  if (state.withoutSvg > 0) problems.push(`${state.withoutSvg} of ${blocks} Mermaid blocks did not become an SVG`);
  if (state.errorSvgs > 0) problems.push(`${state.errorSvgs} Mermaid blocks drew mermaid's error picture`);
  if (state.zoomable !== blocks) problems.push(`${state.zoomable} of ${blocks} diagrams have zoom tools`);
  for (const link of state.links) {
    const why = brokenLink(link.href);
    if (why) problems.push(`link "${link.text}" -> ${link.written}: ${why}`);
  }
  await page.close();
  return { name, blocks, links: state.links.length, problems };
}

async function screenshot(browser, site, shot, folder) {
  const page = await browser.newPage();
  await page.setViewport(shot.viewport);
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.dark ? 'dark' : 'light' }]);
  await page.goto(pathToFileURL(join(site, shot.page)).href, { waitUntil: 'load' });
  if (await page.$('.mermaid')) await page.waitForFunction(() => document.documentElement.dataset.diagrams, { timeout: DIAGRAM_TIMEOUT_MS });
  // The first diagram in view, so the picture shows a drawn diagram rather than the top of a long table.
  if (shot.page !== 'index.html') await page.evaluate(() => document.querySelector('.diagram')?.scrollIntoView());
  const path = join(folder, shot.file);
  await page.screenshot({ path });
  await page.close();
  return path;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const site = resolve(options.site);
  const pages = pagesUnder(site);
  if (!pages.some((p) => relative(site, p) === 'index.html')) {
    console.log(`site-check: ${site} has no index.html`);
    return 1;
  }
  const browser = await launchChromium();
  let failed = 0;
  let diagrams = 0;
  let links = 0;
  try {
    for (const file of pages) {
      const result = await checkPage(browser, site, file);
      diagrams += result.blocks;
      links += result.links;
      if (result.problems.length === 0) {
        console.log(`ok   ${result.name}: ${result.blocks} diagrams drawn, ${result.links} links resolve`);
        continue;
      }
      failed++;
      console.log(`FAIL ${result.name}`);
      for (const problem of result.problems) console.log(`    ${problem}`);
    }
    if (options.screenshots) {
      mkdirSync(options.screenshots, { recursive: true });
      for (const shot of SCREENSHOTS) {
        if (!existsSync(join(site, shot.page))) { console.log(`FAIL screenshot: the site has no ${shot.page}`); failed++; continue; }
        console.log(`site-check: screenshot ${await screenshot(browser, site, shot, options.screenshots)}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`site-check: ${pages.length} pages, ${diagrams} diagrams, ${links} links; ${pages.length - failed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
