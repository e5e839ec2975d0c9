// The browser build of Mermaid that ships with dxplan (the `mermaid` dependency): never fetched.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the Mermaid script is, and its version (part of every cache key). */
export interface MermaidBundle {
  version: string;
  /** Absolute path of `mermaid.min.js`, which defines `window.mermaid`. */
  path: string;
}

/** Finds the installed `mermaid/dist/mermaid.min.js` and its version; throws when it is missing. */
export function locateMermaid(): MermaidBundle {
  const path = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
  const pkg = JSON.parse(readFileSync(join(dirname(path), '..', 'package.json'), 'utf8')) as { version?: string };
  return { path, version: pkg.version ?? 'unknown' };
}
