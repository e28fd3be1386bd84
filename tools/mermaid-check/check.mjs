#!/usr/bin/env node
// Parses every Mermaid diagram in markdown (```mermaid fences) and .mmd files with the real mermaid parser.
// Usage: node check.mjs [--allow-empty] DIR_OR_FILE...
// Exit codes: 0 all diagrams parse; 1 a parse error (or no diagram found without --allow-empty); 2 bad usage.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const USAGE = 'usage: node check.mjs [--allow-empty] DIR_OR_FILE...\n' +
  '  Parses every ```mermaid block in *.md/*.markdown files and every *.mmd file under the given paths.\n' +
  '  Exits 1 on any parse error, or when no diagram was found (unless --allow-empty); 2 on bad usage.';
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
const MERMAID_EXTENSIONS = new Set(['.mmd']);
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

function usageError(message) {
  console.error(`mermaid-check: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function parseArguments(argv) {
  const options = { allowEmpty: false, paths: [] };
  let onlyPaths = false;
  for (const argument of argv) {
    if (!onlyPaths && argument === '--') onlyPaths = true;
    else if (!onlyPaths && argument === '--allow-empty') options.allowEmpty = true;
    else if (!onlyPaths && (argument === '--help' || argument === '-h')) { console.log(USAGE); process.exit(0); }
    else if (!onlyPaths && argument.startsWith('-')) usageError(`unknown option '${argument}'`);
    else options.paths.push(argument);
  }
  if (options.paths.length === 0) usageError('no folder or file given');
  return options;
}

export function isCheckedFile(path) {
  const extension = extname(path).toLowerCase();
  return MARKDOWN_EXTENSIONS.has(extension) || MERMAID_EXTENSIONS.has(extension);
}

// Sorted walk so that the report is the same on every machine (tools/diagram-check walks with it too).
export function collectFiles(path, files) {
  const stats = statSync(path);
  if (stats.isDirectory()) {
    const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.isDirectory() && SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const child = join(path, entry.name);
      if (entry.isDirectory()) collectFiles(child, files);
      else if (entry.isFile() && isCheckedFile(child)) files.push(child);
    }
  } else if (stats.isFile()) {
    files.push(path);
  }
}

// Fenced code blocks as CommonMark defines them (top level: 0-3 spaces of indentation, ``` or ~~~ fences, a closing
// fence of the same character at least as long). Returns { startLine (1-based line of the opening fence), text, closed }.
export function extractMermaidBlocks(markdown) {
  const lines = markdown.split(/\r\n|\r|\n/);
  const blocks = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(lines[index]);
    if (!opening) continue;
    const [, indent, fence, info] = opening;
    if (fence[0] === '`' && info.includes('`')) continue; // not a fence: a backtick fence's info string has no backtick
    const language = info.trim().split(/\s+/)[0].toLowerCase();
    const closingPattern = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    const body = [];
    let end = index + 1;
    while (end < lines.length && !closingPattern.test(lines[end])) {
      // Content lines lose up to as many leading spaces as the opening fence had.
      body.push(lines[end].replace(new RegExp(`^ {0,${indent.length}}`), ''));
      end++;
    }
    if (language === 'mermaid') blocks.push({ startLine: index + 1, text: body.join('\n'), closed: end < lines.length });
    index = end; // skip the block's content (and its closing fence) whatever its language
  }
  return blocks;
}

export function diagramsOf(file) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (MERMAID_EXTENSIONS.has(extname(file).toLowerCase())) return [{ startLine: 1, text, closed: true, whole: true }];
  return extractMermaidBlocks(text);
}

async function loadMermaid() {
  // mermaid (and DOMPurify, which it imports) look for a browser window when they load: give them jsdom's first.
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
  globalThis.window = dom.window;
  globalThis.document = dom.window.document;
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false, logLevel: 'fatal' });
  return mermaid;
}

function indentMessage(message) {
  return String(message).trimEnd().split('\n').map((line) => `    ${line}`).join('\n');
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const files = [];
  for (const path of options.paths) {
    let stats;
    try { stats = statSync(path); } catch { usageError(`'${path}' does not exist`); }
    if (stats.isFile() && !isCheckedFile(path)) usageError(`'${path}' is not a .md, .markdown or .mmd file`);
    collectFiles(path, files);
  }

  const mermaid = await loadMermaid();
  let diagrams = 0;
  let errors = 0;
  let filesWithDiagrams = 0;
  for (const file of files) {
    const blocks = diagramsOf(file);
    if (blocks.length > 0) filesWithDiagrams++;
    for (const block of blocks) {
      diagrams++;
      let message;
      if (!block.closed) {
        message = 'the ```mermaid fence is never closed';
      } else {
        try {
          await mermaid.parse(block.text);
        } catch (error) {
          message = error?.message ?? String(error);
        }
      }
      if (message === undefined) continue;
      errors++;
      // The parser's "line N" counts lines of the diagram after mermaid drops comments, blank lines and front
      // matter, so it is not mapped to a file line: the block's first line and the parser's excerpt locate it.
      console.log(`FAIL ${file}:${block.startLine}: mermaid block starting at line ${block.startLine} does not parse`);
      console.log(indentMessage(message));
    }
  }

  console.log(`mermaid-check: parsed ${diagrams} diagrams in ${filesWithDiagrams} files, ${errors} errors` +
    (files.length !== filesWithDiagrams ? ` (${files.length} files scanned)` : ''));
  if (errors > 0) return 1;
  if (diagrams === 0 && !options.allowEmpty) {
    console.log('mermaid-check: no Mermaid diagram found; pass --allow-empty if that is expected');
    return 1;
  }
  return 0;
}

// Runs only as a program: tools/diagram-check imports extractMermaidBlocks from here.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
