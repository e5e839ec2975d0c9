// Every message of the catalogue is said somewhere: a key no code or template names is dead text
// that translators would keep up to date for nothing.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The text of every source (outside the catalogues themselves) and template. */
async function sources(): Promise<string> {
  const texts: string[] = [];
  for (const [dir, ext] of [['src', '.ts'], ['templates', '.hbs'], ['scripts', '.js']] as const) {
    for (const e of await readdir(join(ROOT, dir), { withFileTypes: true, recursive: true })) {
      const path = join(e.parentPath, e.name);
      if (e.isFile() && e.name.endsWith(ext) && !path.includes(join('i18n', 'catalog'))) texts.push(await readFile(path, 'utf8'));
    }
  }
  return texts.join('\n');
}

/** The keys of `keys` that `text` names: as a quoted string, under a `prefix.${…}` template, or as `${key}.hint` of a named key. */
export function unusedKeys(keys: readonly string[], text: string): string[] {
  const quoted = new Set([...text.matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/g)].map((m) => m[1]!));
  const prefixes = [...text.matchAll(/`([a-z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]!);
  const suffixes = [...text.matchAll(/`\$\{\w+\}(\.[\w.-]+)`/g)].map((m) => m[1]!);
  const named = (key: string) => quoted.has(key) || prefixes.some((p) => key.startsWith(p));
  return keys.filter((key) => !named(key) && !suffixes.some((s) => key.endsWith(s) && named(key.slice(0, -s.length))));
}

describe('the message catalogue', () => {
  it('has no key that nothing says', async () => {
    expect(unusedKeys(Object.keys(catalogue), await sources())).toEqual([]);
  });

  it('counts a key as said when code names it whole, by a prefix, or as the hint of a named key', () => {
    const code = "t('a.b'); t(`c.${kind}`); t(`${key}.hint`); const key = 'e.f';";
    expect(unusedKeys(['a.b', 'c.d', 'e.f.hint', 'g.h', 'g.h.hint'], code)).toEqual(['g.h', 'g.h.hint']);
  });
});
