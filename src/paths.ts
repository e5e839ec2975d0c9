// Where dxplan's own data (canvases/, templates/) lives, whether run from src/ or dist/.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The package root: the folder holding package.json, canvases/ and templates/. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Absolute path of a file shipped with the package. */
export const packagePath = (...parts: string[]): string => join(PACKAGE_ROOT, ...parts);
