// The anchors of the shipped methodology guide, read with a real Markdown parser (markdown-it), the
// way tests/docs/methodology-guide.test.ts reads them: what a link into the guide must hit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Locale } from '../../src/domain/enums.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const md = new MarkdownIt({ html: true });

/** The guide of `locale` parsed: its tokens and every `<a id>` in it. */
export function parsedGuide(locale: Locale): { tokens: Token[]; anchors: Set<string> } {
  const tokens = md.parse(readFileSync(join(ROOT, 'docs/methodology', `${locale}.md`), 'utf8'), {});
  const ids = (html: string) => [...html.matchAll(/<a id="([^"]*)">/g)].map((m) => m[1]!);
  const anchors = tokens.flatMap((t) => {
    if (t.type === 'inline') return (t.children ?? []).flatMap((c) => (c.type === 'html_inline' ? ids(c.content) : []));
    if (t.type === 'html_block') return ids(t.content);
    return [];
  });
  return { tokens, anchors: new Set(anchors) };
}

/** Plain text of an inline token (text and code spans), as a Markdown reader sees it. */
export const inlineText = (t: Token): string =>
  (t.children ?? [])
    .filter((c) => c.type === 'text' || c.type === 'code_inline' || c.type === 'softbreak')
    .map((c) => (c.type === 'code_inline' ? `\`${c.content}\`` : c.type === 'softbreak' ? '\n' : c.content))
    .join('');
