// docs/rules.md documents every rule with its real default severity, so the README cannot drift.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/domain/rules/index.js';

const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
const documented = new Map([...doc.matchAll(/^\| `([a-z-]+\/[a-z-]+)` \| (error|warning|info) \|/gm)].map((m) => [m[1]!, m[2]!]));

describe('docs/rules.md', () => {
  it('lists every rule with its default severity, and no rule that does not exist', () => {
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(RULES.map((r) => [r.id, r.severity])));
  });
});
