// The browser build of Mermaid that ships with dxplan (through @mermaid-js/mermaid-cli): never fetched.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the Mermaid script is, and its version (part of every cache key). */
export interface MermaidBundle {
  version: string;
  /** Absolute path of `mermaid.min.js`, which defines `window.mermaid`. */
  path: string;
}

/**
 * Finds mermaid.min.js: preferably the copy mermaid-cli itself resolves (the version it was
 * tested with), else whatever `mermaid` resolves to from here. Throws when neither exists.
 */
export function locateMermaid(): MermaidBundle {
  const origins: string[] = [];
  try {
    origins.push(fileURLToPath(import.meta.resolve('@mermaid-js/mermaid-cli')));
  } catch {
    // mermaid-cli missing: fall back to a direct dependency on mermaid.
  }
  origins.push(fileURLToPath(import.meta.url));
  let lastError: unknown;
  for (const origin of origins) {
    try {
      const path = createRequire(origin).resolve('mermaid/dist/mermaid.min.js');
      const pkg = JSON.parse(readFileSync(join(dirname(path), '..', 'package.json'), 'utf8')) as { version?: string };
      return { path, version: pkg.version ?? 'unknown' };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
