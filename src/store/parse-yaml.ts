// Parses YAML text into a document that keeps comments and positions, and into plain data.
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from '../domain/problem.js';
import type { MessageKey, Translator } from '../i18n/index.js';

/** Alias expansions allowed before a file is treated as an alias bomb. */
const MAX_ALIAS_COUNT = 100;

/** yaml error codes that have a message of their own in the catalogue. */
const KNOWN_CODES: Record<string, MessageKey> = {
  TAB_AS_INDENT: 'yaml.TAB_AS_INDENT',
  DUPLICATE_KEY: 'yaml.DUPLICATE_KEY',
  BAD_INDENT: 'yaml.BAD_INDENT',
  MISSING_CHAR: 'yaml.MISSING_CHAR',
  MULTILINE_IMPLICIT_KEY: 'yaml.MULTILINE_IMPLICIT_KEY',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.BLOCK_AS_IMPLICIT_KEY',
  UNEXPECTED_TOKEN: 'yaml.UNEXPECTED_TOKEN',
  BAD_SCALAR_START: 'yaml.BAD_SCALAR_START',
  BAD_ALIAS: 'yaml.BAD_ALIAS',
};

/** A parsed file: its document (for positions and comment-preserving edits) and its data. */
export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
  data: unknown;
}

/** The parsed document, or the problems that stop it being parsed. */
export type ParseResult = { ok: true; parsed: ParsedYaml } | { ok: false; problems: Problem[] };

/** Parses `text` (shown to users as `file`); syntax errors, alias bombs and empty documents are problems. */
export function parseYaml(text: string, file: string, t: Translator): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  if (doc.errors.length > 0) {
    // The first error is the one to fix; later ones are usually its consequences.
    const problems = doc.errors.slice(0, 1).map((e): Problem => {
      const { line, col } = lineCounter.linePos(e.pos[0]);
      const key = KNOWN_CODES[e.code];
      return {
        severity: 'error',
        rule: 'yaml/syntax',
        file,
        path: [],
        line,
        col,
        message: key ? t(key) : t('yaml.other', { code: e.code }),
        hint: t('yaml.hint'),
      };
    });
    return { ok: false, problems };
  }
  if (doc.contents === null) {
    return { ok: false, problems: [{ severity: 'error', rule: 'file/empty', file, path: [], line: 1, col: 1, message: t('file.empty', { file }), hint: t('file.empty.hint', { file }) }] };
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, parsed: { doc, lineCounter, data } };
  } catch (error) {
    const { line, col } = lineCounter.linePos(0);
    const isBomb = error instanceof ReferenceError;
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          rule: isBomb ? 'yaml/alias-bomb' : 'yaml/syntax',
          file,
          path: [],
          line,
          col,
          message: isBomb ? t('yaml.aliasBomb', { max: MAX_ALIAS_COUNT }) : t('yaml.other', { code: (error as Error).name }),
          hint: isBomb ? t('yaml.aliasBomb.hint') : t('yaml.hint'),
        },
      ],
    };
  }
}
