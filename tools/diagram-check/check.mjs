#!/usr/bin/env node
// Renders every Mermaid diagram of generated markdown (```mermaid fences) and .mmd files in headless Chromium with the
// pinned mermaid, and measures each at its natural size: width and height, nodes and edges, label text boxes that
// overlap, label text of the source that is missing from the picture.
// Usage: node check.mjs [--report FILE] [--readme FILE] [--max-size PX] DIR_OR_FILE...
// Exit codes: 0 every diagram renders within the limits; 1 a diagram fails (or none found); 2 bad usage.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectFiles, diagramsOf, isCheckedFile, labelsOf } from './mermaid-source.mjs';
import { launchChromium, mermaidScriptPath } from './browser.mjs';

const USAGE = 'usage: node check.mjs [--report FILE] [--readme FILE] [--max-size PX] DIR_OR_FILE...\n' +
  '  Renders every ```mermaid block in *.md files and every *.mmd file under the given paths in headless Chromium.\n' +
  '  Fails (exit 1) when a diagram does not render, when two of its labels overlap, or when it is wider or taller\n' +
  '  than --max-size (2400) px at natural size. --report writes the markdown table to FILE; --readme replaces the\n' +
  '  table between the diagram-check markers of FILE. Exit 2 on bad usage.';
// Two label boxes overlap when they share more than this many pixels in each direction: a touching edge or a
// rounding of a pixel is not an overlap a reader notices.
const OVERLAP_TOLERANCE_PX = 1;
export const README_BEGIN = '<!-- diagram-check:begin (written by tools/diagram-check; do not edit by hand) -->';
export const README_END = '<!-- diagram-check:end -->';

function usageError(message) {
  console.error(`diagram-check: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function parseArguments(argv) {
  const options = { report: undefined, readme: undefined, maxSize: 2400, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usageError(`${argument} needs a value`);
      return argv[++i];
    };
    if (argument === '--report') options.report = value();
    else if (argument === '--readme') options.readme = value();
    else if (argument === '--max-size') {
      options.maxSize = Number(value());
      if (!Number.isInteger(options.maxSize) || options.maxSize < 1) usageError('--max-size takes a positive whole number of pixels');
    } else if (argument === '--help' || argument === '-h') { console.log(USAGE); process.exit(0); }
    else if (argument.startsWith('-')) usageError(`unknown option '${argument}'`);
    else options.paths.push(argument);
  }
  if (options.paths.length === 0) usageError('no folder or file given');
  return options;
}

// Runs in the page: renders one diagram, shows it at its natural size and measures it.
async function measureInPage(id, source) {
  const host = document.getElementById('host');
  host.replaceChildren();
  let svgText;
  try {
    ({ svg: svgText } = await window.mermaid.render(id, source));
  } catch (error) {
    document.getElementById(id)?.remove();
    document.getElementById(`d${id}`)?.remove();
    return { error: String(error?.message ?? error) };
  }
  host.innerHTML = svgText;
  const svg = host.querySelector('svg');
  const viewBox = svg.viewBox.baseVal;
  const width = viewBox && viewBox.width > 0 ? viewBox.width : svg.getBBox().width;
  const height = viewBox && viewBox.height > 0 ? viewBox.height : svg.getBBox().height;
  // Mermaid scales the picture to its container (width 100%, max-width): draw it at 1 px per unit instead.
  svg.removeAttribute('style');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));

  // A label is a foreignObject (HTML labels) or an SVG text element; its boxes are the boxes of its text's lines.
  const labels = new Map();
  const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue.trim() || node.parentElement.closest('style, title, desc')) continue;
    const root = node.parentElement.closest('foreignObject, text') ?? node.parentElement;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    if (!labels.has(root)) labels.set(root, { text: '', rects: [] });
    const label = labels.get(root);
    label.text = `${label.text} ${node.nodeValue}`.replace(/\s+/g, ' ').trim();
    label.rects.push(...rects);
  }
  const list = [...labels.values()].filter((l) => l.rects.length > 0);
  const overlaps = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const hit = list[i].rects.some((a) => list[j].rects.some((b) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE));
      if (hit) overlaps.push([list[i].text, list[j].text]);
    }
  }
  const nodes = svg.querySelectorAll('g.node, g.actor-man, rect.actor-top, g.stateGroup, g.classGroup').length;
  const edges = svg.querySelectorAll('.edgePaths > path, path.flowchart-link, line[class^="messageLine"], path[class^="messageLine"]').length;
  const text = [...labels.values()].map((l) => l.text).join('\n');
  host.replaceChildren();
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges, overlaps, text };
}

function normalise(text) {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeCell(text) {
  return String(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function shorten(text, length = 60) {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

export function reportTable(results, maxSize) {
  const lines = [
    `| Diagram | Natural size (px) | Nodes | Edges | Overlapping labels | Missing text | Result |`,
    `| --- | --- | ---: | ---: | --- | --- | --- |`,
  ];
  for (const r of results) {
    const size = r.error ? '—' : `${r.width} × ${r.height}`;
    const overlaps = r.error ? '—' : r.overlaps.length === 0 ? 'none'
      : `${r.overlaps.length}: ${r.overlaps.slice(0, 2).map(([a, b]) => `"${shorten(a, 30)}" / "${shorten(b, 30)}"`).join('; ')}${r.overlaps.length > 2 ? '; …' : ''}`;
    const missing = r.error ? '—' : r.missing.length === 0 ? 'none'
      : `${r.missing.length}: ${r.missing.slice(0, 2).map((m) => `"${shorten(m, 30)}"`).join('; ')}${r.missing.length > 2 ? '; …' : ''}`;
    const result = r.failures.length === 0 ? 'pass' : `**fail**: ${r.failures.join(', ')}`;
    lines.push(`| \`${escapeCell(r.name)}\` | ${size} | ${r.error ? '—' : r.nodes} | ${r.error ? '—' : r.edges} | ${escapeCell(overlaps)} | ${escapeCell(missing)} | ${escapeCell(result)} |`);
  }
  const failed = results.filter((r) => r.failures.length > 0).length;
  lines.push('', `${results.length} diagrams, ${results.length - failed} pass, ${failed} fail (limit ${maxSize} px; ` +
    'fails: does not render, overlapping labels, wider or taller than the limit).');
  return lines.join('\n');
}

function replaceReadmeSection(readme, table) {
  const text = readFileSync(readme, 'utf8');
  const begin = text.indexOf(README_BEGIN);
  const end = text.indexOf(README_END);
  if (begin < 0 || end < begin) {
    console.error(`diagram-check: ${readme} has no '${README_BEGIN}' ... '${README_END}' section to replace`);
    process.exit(2);
  }
  writeFileSync(readme, `${text.slice(0, begin + README_BEGIN.length)}\n${table}\n${text.slice(end)}`);
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const roots = [];
  for (const path of options.paths) {
    let stats;
    try { stats = statSync(path); } catch { usageError(`'${path}' does not exist`); }
    if (stats.isFile() && !isCheckedFile(path)) usageError(`'${path}' is not a .md, .markdown or .mmd file`);
    const files = [];
    collectFiles(path, files);
    // Named from the folder given (its last segment), so the report reads the same wherever the folder lies.
    const base = stats.isDirectory() ? resolve(path) : dirname(resolve(path));
    const prefix = basename(base);
    roots.push(...files.map((file) => ({ file, name: `${prefix}/${relative(base, resolve(file)).split('\\').join('/')}` })));
  }

  const browser = await launchChromium();
  const results = [];
  try {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><body><div id="host" style="position:absolute;left:0;top:0"></div></body></html>');
    await page.addScriptTag({ path: mermaidScriptPath });
    await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false, logLevel: 'fatal', securityLevel: 'strict' }));
    await page.evaluate(`const TOLERANCE = ${OVERLAP_TOLERANCE_PX};`);
    let counter = 0;
    for (const { file, name } of roots) {
      for (const block of diagramsOf(file)) {
        const result = { name: `${name}:${block.startLine}`, failures: [], overlaps: [], missing: [] };
        results.push(result);
        if (!block.closed) {
          result.error = 'the ```mermaid fence is never closed';
        } else {
          const measured = await page.evaluate(measureInPage, `diagram${++counter}`, block.text);
          Object.assign(result, measured);
        }
        if (result.error) {
          result.failures.push('does not render');
          continue;
        }
        const drawn = normalise(result.text);
        result.missing = labelsOf(block.text).filter((label) => !drawn.includes(label));
        if (result.overlaps.length > 0) result.failures.push('labels overlap');
        if (result.width > options.maxSize || result.height > options.maxSize) result.failures.push(`larger than ${options.maxSize} px`);
      }
    }
  } finally {
    await browser.close();
  }

  for (const r of results) {
    if (r.failures.length === 0) continue;
    console.log(`FAIL ${r.name}: ${r.failures.join(', ')}${r.error ? '' : ` (${r.width} × ${r.height} px)`}`);
    if (r.error) console.log(`    ${r.error.trimEnd().split('\n').join('\n    ')}`);
    for (const [a, b] of r.overlaps) console.log(`    overlap: "${a}" / "${b}"`);
  }
  for (const r of results) for (const m of r.missing) console.log(`NOTE ${r.name}: label text not in the picture: "${m}"`);
  const table = reportTable(results, options.maxSize);
  console.log(table);
  if (options.report) writeFileSync(options.report, `${table}\n`);
  if (options.readme) replaceReadmeSection(options.readme, table);
  if (results.length === 0) {
    console.log('diagram-check: no Mermaid diagram found');
    return 1;
  }
  return results.some((r) => r.failures.length > 0) ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
