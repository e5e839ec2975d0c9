// Starter values marked by a comment: `user_growth_target: 1000 # 请替换：…` holds a number the
// starter file chose to show the shape, not an answer. The comment says so; once the value is
// answered, the clause goes (the rest of the comment, if any, stays).
import { PLACEHOLDER_WORDS } from './placeholders.js';

/** A placeholder clause inside a comment, with the separator before it. */
const CLAUSE = `[；;，,。]?\\s*(?:${PLACEHOLDER_WORDS.join('|')})[^；;。]*[。]?`;

/** True when a value's comment marks it as a starter placeholder. */
export const isPlaceholderComment = (comment: string | null | undefined): boolean => typeof comment === 'string' && new RegExp(CLAUSE, 'i').test(comment);

/** The comment without its placeholder clause; undefined when nothing else is left. */
export function withoutPlaceholderClause(comment: string): string | undefined {
  const rest = comment.replace(new RegExp(CLAUSE, 'gi'), '').trim();
  return rest === '' ? undefined : ` ${rest}`;
}
