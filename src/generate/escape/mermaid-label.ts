// Escaping user text for Mermaid, and turning workspace ids into Mermaid node ids.
//
// Mermaid decodes `#<code>;` entities in every diagram type before parsing (encodeEntities), so
// any character that could end a label, start a comment (`%%`), open a directive (`%%{init}`),
// form HTML or markdown, or trip its style/classDef pre-processing (`:` and `;`) is written as a
// decimal entity. The rendered diagram shows the original character.

import { wrapText } from '../text-width.js';

const MERMAID_SPECIAL = /["#%&<>`:;|]/g;

/** User text for a Mermaid label (quoted or not): one line, special characters as `#<code>;`. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(MERMAID_SPECIAL, (c) => `#${c.codePointAt(0)};`);
}

/**
 * A Mermaid node id from a kind prefix and a workspace id. Workspace ids are lower-case letters,
 * digits, `_` and `-`; `-` becomes `_H` (never produced by a lower-case id), so distinct workspace
 * ids stay distinct, and the prefix keeps ids clear of Mermaid keywords such as `end`.
 */
export function mermaidId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/-/g, '_H')}`;
}

/**
 * User text for a Mermaid label wrapped to lines of at most `columns` terminal columns (a CJK
 * character counts two), each escaped, joined by `<br/>`: diagrams whose boxes do not wrap by
 * themselves (block diagrams) still keep every box narrow.
 */
export function mermaidWrappedLabel(text: string, columns: number): string {
  return wrapText(text.replace(/\s+/g, ' ').trim(), columns).map(mermaidLabel).join('<br/>');
}
