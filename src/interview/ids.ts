// Ids derived from names: readable ASCII when the name has Latin letters, `goal_1`-style otherwise
// (there is no pinyin here), always unique in their list; the user may edit the suggestion.

/** Longest id the workspace format accepts. */
const MAX_ID = 64;

/** The first free `base`, `base_2`, `base_3`, … not in `taken`. */
function unique(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, MAX_ID - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Suggests an id for `name`: its ASCII words in snake_case ("Expert onboarding" → expert_onboarding),
 * or `<prefix>_<n>` when the name has no Latin letters (专家入驻 → function_1); never one already `taken`.
 */
export function deriveId(name: string, prefix: string, taken: ReadonlySet<string>): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_ID - 3)
    .replace(/_+$/, '');
  // Digits alone ("300位合作医生" → 300) say nothing about the item; they need a letter too.
  if (/[a-z]/.test(ascii)) return unique(/^[a-z0-9]/.test(ascii) ? ascii : `${prefix}_${ascii}`, taken);
  for (let n = 1; ; n++) {
    const candidate = `${prefix}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
