// The README is a short front door (issue 14): within its size, with a table of contents, the Node
// version package.json requires, and links into docs/ instead of copies of it; every link of the
// README and the docs pages resolves, anchors included.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const readme = read('README.md');
const docPages = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`);

/** The text outside fenced code blocks. */
const prose = (markdown: string) => markdown.replace(/^\s*```[\s\S]*?^\s*```/gm, '');
/** GitHub's anchor for a heading. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/ /g, '-');
const anchors = (markdown: string) =>
  new Set([...[...prose(markdown).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)), ...[...markdown.matchAll(/<a id="([^"]+)"/g)].map((m) => m[1]!)]);

describe('README.md', () => {
  it('stays short', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(14_000);
  });

  it('has a table of contents with every section', () => {
    const sections = [...prose(readme).matchAll(/^## (.+)$/gm)].map((m) => m[1]!).filter((h) => h !== 'Contents');
    const contents = readme.slice(readme.indexOf('## Contents'), readme.indexOf('\n## ', readme.indexOf('## Contents') + 1));
    for (const section of sections) expect(contents, section).toContain(`[${section}](#${slug(section)})`);
  });

  it('asks for the Node version package.json requires', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    expect(engines).toMatch(/^>=\d+\.\d+$/);
    expect(readme).toContain(`Node.js ${engines.slice(2)} or newer`);
    for (const page of docPages) expect(read(page), page).not.toMatch(/Node(\.js)? 20 \(or newer\)/);
  });

  it('links every docs page, and copies none of them', () => {
    for (const page of docPages) expect(readme, page).toContain(`](${page}`);
    const docsText = docPages.map(read).join('\n').replace(/\s+/g, ' ');
    const copied = prose(readme)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length >= 60 && !l.startsWith('|'))
      .filter((l) => docsText.includes(l));
    expect(copied).toEqual([]);
  });
});

describe('docs/README.md', () => {
  it('indexes every page of docs/', () => {
    const index = read('docs/README.md');
    for (const page of docPages.filter((p) => p !== 'docs/README.md')) expect(index, page).toContain(`](${page.slice('docs/'.length)})`);
  });
});

describe('links', () => {
  it.each(['README.md', ...docPages])('every relative link of %s resolves, anchors included', (page) => {
    const broken: string[] = [];
    for (const [, target] of prose(read(page)).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target!)) continue;
      const [path, anchor] = target!.split('#') as [string, string | undefined];
      const file = path === '' ? join(root, page) : join(root, dirname(page), path);
      if (!existsSync(file)) broken.push(target!);
      else if (anchor && file.endsWith('.md') && !anchors(readFileSync(file, 'utf8')).has(anchor)) broken.push(target!);
    }
    expect(broken).toEqual([]);
  });
});
