// Where dxplan's own data (canvases/, templates/) lives, whether run from src/, from tsc-style
// output or from the esbuild bundle in dist/ (whose chunks sit at other depths than src/ files).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder above this module that holds package.json: the package root. */
function packageRoot(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`dxplan: no package.json above ${start}`);
  }
}

/** The package root: the folder holding package.json, canvases/ and templates/. */
export const PACKAGE_ROOT = packageRoot();

/** Absolute path of a file shipped with the package. */
export const packagePath = (...parts: string[]): string => join(PACKAGE_ROOT, ...parts);
