// The contract of the generators: what they get and the files they return.
import type { Locale } from '../shared/locale.js';

/** One generated file, relative to the output folder with forward slashes. */
export interface OutputFile {
  path: string;
  contents: string | Uint8Array;
}

/** The document families `--only` can pick, in the order they are described to users. */
export const DOCUMENT_FAMILIES = ['feature-table', 'board', 'diagrams', 'launch-plan', 'north-star', 'assessment', 'report'] as const;

/** A family of generated documents. */
export type DocumentFamily = (typeof DOCUMENT_FAMILIES)[number];

/** Template sources by file name (e.g. `feature-table.md.hbs`): the built-in ones with the workspace's overrides on top. */
export type TemplateSources = Readonly<Record<string, string>>;

/** A glossary lookup: `module_dimension.data_dimension` to its text in the document's locale. */
export type LabelFn = (key: string) => string;

/** What `generateDocuments` needs besides the workspace and its check report. */
export interface GenerateOptions {
  locale: Locale;
  label: LabelFn;
  templates: TemplateSources;
  /** Families to generate; all of them when absent. */
  only?: readonly DocumentFamily[];
  /** Rendered SVG by `.mmd` path, inlined in the HTML report instead of the Mermaid source. */
  svgs?: ReadonlyMap<string, string>;
  /**
   * Mermaid's browser bundle, written beside the HTML report (`assets/`) so that the report draws
   * its diagrams offline when they are not inlined as SVG. Read by the build from the installed package.
   */
  mermaidScript?: Uint8Array;
  /**
   * Give each file's contents as UTF-8 bytes, made as soon as the file is generated: a build of a
   * large plan then holds its 150 MB of documents outside the JavaScript heap, not as strings in it.
   */
  bytes?: boolean;
  /**
   * Called after each very large file (LARGE_FILE_CHARS or more) is encoded: the build runs a full
   * garbage collection there, so the garbage of rendering one huge document is gone before the next.
   */
  afterLargeFile?: () => void;
}

/** Thrown when a template cannot be compiled or rendered; names the template so users can fix an override. */
export class TemplateError extends Error {
  constructor(
    readonly template: string,
    readonly detail: string,
  ) {
    super(`${template}: ${detail}`);
  }
}
