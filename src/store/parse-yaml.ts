// Parses YAML text into plain data, with the document that keeps comments and positions made
// only when something asks for it (a problem to place, an edit to save).
import type { Document, ErrorCode, LineCounter } from 'yaml';
import type { Location, Problem } from '../domain/problem.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import { EventLocator, linePosition, lineStartsOf } from './event-locator.js';
import { fastYaml, yamlEvents } from './fast-yaml.js';
import { lineColOf } from './locate.js';
import { yamlLib } from './yaml-lib.js';

/** Alias expansions allowed before a file is treated as an alias bomb. */
const MAX_ALIAS_COUNT = 100;

/** Every yaml error code has a message of its own: a code never reaches the user untranslated. */
const CODES: Record<ErrorCode, MessageKey> = {
  ALIAS_PROPS: 'yaml.ALIAS_PROPS',
  BAD_ALIAS: 'yaml.BAD_ALIAS',
  BAD_COLLECTION_TYPE: 'yaml.BAD_COLLECTION_TYPE',
  BAD_DIRECTIVE: 'yaml.BAD_DIRECTIVE',
  BAD_DQ_ESCAPE: 'yaml.BAD_DQ_ESCAPE',
  BAD_INDENT: 'yaml.BAD_INDENT',
  BAD_PROP_ORDER: 'yaml.BAD_PROP_ORDER',
  BAD_SCALAR_START: 'yaml.BAD_SCALAR_START',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.BLOCK_AS_IMPLICIT_KEY',
  BLOCK_IN_FLOW: 'yaml.BLOCK_IN_FLOW',
  DUPLICATE_KEY: 'yaml.DUPLICATE_KEY',
  IMPOSSIBLE: 'yaml.IMPOSSIBLE',
  KEY_OVER_1024_CHARS: 'yaml.KEY_OVER_1024_CHARS',
  MISSING_CHAR: 'yaml.MISSING_CHAR',
  MULTILINE_IMPLICIT_KEY: 'yaml.MULTILINE_IMPLICIT_KEY',
  MULTIPLE_ANCHORS: 'yaml.MULTIPLE_ANCHORS',
  MULTIPLE_DOCS: 'yaml.MULTIPLE_DOCS',
  MULTIPLE_TAGS: 'yaml.MULTIPLE_TAGS',
  NON_STRING_KEY: 'yaml.NON_STRING_KEY',
  RESOURCE_EXHAUSTION: 'yaml.RESOURCE_EXHAUSTION',
  TAB_AS_INDENT: 'yaml.TAB_AS_INDENT',
  TAG_RESOLVE_FAILED: 'yaml.TAG_RESOLVE_FAILED',
  UNEXPECTED_TOKEN: 'yaml.UNEXPECTED_TOKEN',
};

/** The catalogue key of a yaml error code (the generic one only for a code a later yaml adds). */
export const yamlCodeMessage = (code: string): MessageKey | undefined => (CODES as Record<string, MessageKey>)[code];

/** The first alias whose anchor is not defined before it, for "unknown alias *nope" at its position. */
function unresolvedAlias(doc: Document): { name: string; offset: number } | undefined {
  const { visit } = yamlLib();
  let found: { name: string; offset: number } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      found = { name: node.source, offset: node.range?.[0] ?? 0 };
      return visit.BREAK;
    },
  });
  return found;
}

/** The options every parse of a workspace file uses (the fast path reads the same data). */
const DOCUMENT_OPTIONS = { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false } as const;

/** Parses `text` into `yaml`'s document with positions. */
function parseFull(text: string): { doc: Document; lineCounter: LineCounter } {
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...DOCUMENT_OPTIONS, lineCounter });
  return { doc, lineCounter };
}

/**
 * A parsed file: its data, and its document (for positions and comment-preserving edits). A file
 * the fast path read has its document parsed on first use, and places most problems without it.
 * (`doc` and `lineCounter` are getters of the object itself, so a spread copy still has them.)
 */
export interface ParsedYaml {
  readonly text: string;
  readonly data: unknown;
  /** `yaml`'s document of the file (parsed on first use if the fast path read it). */
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  /** Line and column (1-based) of the node at a location (its nearest existing parent if missing). */
  position(loc: Pick<Location, 'path' | 'key'>): { line: number; col: number };
}

/**
 * Files larger than this keep a compact index of their nodes from the first parse, so placing
 * problems does not parse them again (a 26 MB canvas has 2.3 million events, about 350 MB).
 */
const INDEX_NOW_CHARS = 1_000_000;

/** A ParsedYaml over `text`; `full` is the document when `yaml` already parsed it, `locator` an index made already. */
function parsedYaml(text: string, data: unknown, full?: { doc: Document; lineCounter: LineCounter }, made?: EventLocator): ParsedYaml {
  let locator = made;
  let lineStarts: number[] | undefined;
  const fastParsed = full === undefined;
  const document = () => (full ??= parseFull(text));
  return {
    text,
    data,
    get doc() {
      return document().doc;
    },
    get lineCounter() {
      return document().lineCounter;
    },
    position(loc) {
      if (fastParsed) {
        // The events place the node unless it is an empty value or a block scalar.
        locator ??= new EventLocator(text, yamlEvents(text));
        const offset = locator.offsetOf(loc.path, loc.key);
        if (offset !== undefined) return linePosition((lineStarts ??= lineStartsOf(text)), offset);
      }
      return lineColOf(document().doc, document().lineCounter, loc);
    },
  };
}

/** The parsed document, or the problems that stop it being parsed. */
export type ParseResult = { ok: true; parsed: ParsedYaml } | { ok: false; problems: Problem[] };

/** Parses `text` (shown to users as `file`); syntax errors, alias bombs and empty documents are problems. */
export function parseYaml(text: string, file: string, t: Translator): ParseResult {
  // Ordinary YAML (no syntax error, alias, tag or directive) needs no syntax tree to read.
  const fast = fastYaml(text);
  if (fast) return { ok: true, parsed: parsedYaml(text, fast.data, undefined, text.length > INDEX_NOW_CHARS ? new EventLocator(text, fast.events) : undefined) };
  const { doc, lineCounter } = parseFull(text);
  if (doc.errors.length > 0) {
    // The first error is the one to fix; later ones are usually its consequences.
    const problems = doc.errors.slice(0, 1).map((e): Problem => {
      const { line, col } = lineCounter.linePos(e.pos[0]);
      const key = yamlCodeMessage(e.code);
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
  // An alias to an anchor that does not exist: yaml only says so by throwing from toJS().
  const unknown = unresolvedAlias(doc);
  if (unknown) {
    const { line, col } = lineCounter.linePos(unknown.offset);
    return {
      ok: false,
      problems: [{ severity: 'error', rule: 'yaml/syntax', file, path: [], line, col, message: t('yaml.unknownAlias', { name: unknown.name }), hint: t('yaml.unknownAlias.hint', { name: unknown.name }) }],
    };
  }
  try {
    // yaml refuses once the count reaches its limit: one more makes "more than 100" exact.
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT + 1 });
    return { ok: true, parsed: parsedYaml(text, data, { doc, lineCounter }) };
  } catch (error) {
    const { line, col } = lineCounter.linePos(0);
    const isBomb = error instanceof ReferenceError && /alias count/i.test(error.message);
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
