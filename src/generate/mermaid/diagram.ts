// A generated Mermaid diagram: its file, the title documents show above it, and its source.

/** One Mermaid diagram, before it is written as `.mmd` or embedded in a document. */
export interface Diagram {
  /** Which diagram this is, e.g. `business-architecture` (several files may share a kind). */
  kind: string;
  /** Path relative to the output folder, e.g. `diagrams/value-network.mmd`. */
  path: string;
  /** Plain-text title in the document's locale (escape it for the target). */
  title: string;
  source: string;
}
