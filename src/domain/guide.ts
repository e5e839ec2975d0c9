// Where the methodology guide (docs/methodology/<locale>.md, shipped in the package) explains a
// rule or a recommendation. The one place an anchor is derived: findings, advice, `dxplan explain`
// and the tests all read it from here.
import type { Locale } from '../shared/locale.js';

/** The guide's anchor for a rule: `rule-` and the id with `/` replaced by `-` (`rule-value-measurable`). */
export const ruleAnchor = (ruleId: string): string => `rule-${ruleId.replace(/\//g, '-')}`;

/** The guide of `locale`, relative to the package root. */
export const guideFile = (locale: Locale): string => `docs/methodology/${locale}.md`;

/** The link into the guide of `locale` at `anchor`, relative to the package root (`docs/methodology/en.md#rule-…`). */
export const guideLink = (locale: Locale, anchor: string): string => `${guideFile(locale)}#${anchor}`;
