// Reads Mermaid source: the files and fenced blocks of markdown (shared with tools/mermaid-check) and the label text a diagram
// should show, so that text the picture lost can be reported.
export { collectFiles, diagramsOf, extractMermaidBlocks, isCheckedFile } from '../mermaid-check/check.mjs';

const NAMED_ENTITIES = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: ' ' };

// Mermaid's own escapes (#quot;, #35;) and HTML's (&lt;, &#35;).
function decode(text) {
  const entity = (name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : undefined;
    }
    return NAMED_ENTITIES[name.toLowerCase()];
  };
  return text
    .replace(/#(\d+|[a-zA-Z]+);/g, (all, name) => entity(/^\d/.test(name) ? `#${name}` : name) ?? all)
    .replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (all, name) => entity(name) ?? all);
}

// One label's lines as the picture should show them: <br> splits lines, other tags go, entities are decoded.
function linesOf(label) {
  return label.split(/<br\s*\/?>/i)
    .map((line) => decode(line.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/**
 * The label lines of a flowchart (quoted node, subgraph and edge labels) or a sequence diagram (participant aliases,
 * messages, notes). Styling lines and comments carry no label. Other diagram kinds give none.
 */
export function labelsOf(source) {
  const lines = source.split(/\r\n|\r|\n/);
  let body = 0;
  if (lines[0]?.trim() === '---') { // front matter: its title is drawn too
    body = lines.indexOf('---', 1) + 1;
    for (const line of lines.slice(1, Math.max(body - 1, 1))) {
      const title = /^title:\s*"?(.*?)"?\s*$/.exec(line.trim());
      if (title) lines.push(`%%title ${title[1]}`);
    }
  }
  const kind = (lines.slice(body).find((l) => l.trim() && !l.trim().startsWith('%%')) ?? '').trim().split(/\s+/)[0];
  const labels = [];
  for (const raw of lines.slice(body)) {
    const line = raw.trim();
    if (line.startsWith('%%title ')) { labels.push(...linesOf(line.slice(8))); continue; }
    if (!line || line.startsWith('%%') || /^(classDef|class|style|linkStyle|click|direction)\b/.test(line)) continue;
    if (kind === 'flowchart' || kind === 'graph') {
      for (const match of line.matchAll(/"((?:[^"\\]|\\.)*)"/g)) labels.push(...linesOf(match[1]));
    } else if (kind === 'sequenceDiagram') {
      const participant = /^(participant|actor)\s+\S+\s+as\s+(.+)$/.exec(line);
      const message = /^[^:]*?(-{1,2}>{1,2}|-{1,2}[x)])[+-]?[^:]*:\s*(.+)$/.exec(line);
      const note = /^note\s+(left of|right of|over)\s+[^:]+:\s*(.+)$/i.exec(line);
      if (participant) labels.push(...linesOf(participant[2]));
      else if (note) labels.push(...linesOf(note[2]));
      else if (message) labels.push(...linesOf(message[2]));
    }
  }
  return labels;
}
