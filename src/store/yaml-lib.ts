// The `yaml` library, loaded on first use: only a file with a problem, an edit or a save needs its
// syntax tree, so validating a healthy workspace never pays for loading it (about 40 ms).
import { createRequire } from 'node:module';

let lib: typeof import('yaml') | undefined;

/** `yaml`'s exports, required synchronously the first time (it is a CommonJS package). */
export const yamlLib = (): typeof import('yaml') => (lib ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
