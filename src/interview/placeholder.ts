// Starter-file placeholders: `dxplan init` writes "Replace with …" texts and `example_*` items so a
// new workspace shows its shape. They are not answers, so the interview never offers them as
// defaults, and suggests removing the example items instead of keeping them.

import { isPlaceholderText } from '../domain/model/placeholders.js';

export { isPlaceholderText };

/** True when an item is a starter-template example: an `example_*` id whose name is still a placeholder. */
export function isExampleItem(item: unknown): boolean {
  if (item === null || typeof item !== 'object') return false;
  const { id, name, department, title } = item as Record<string, unknown>;
  if (typeof id === 'string') return id.startsWith('example_') && (name === undefined || isPlaceholderText(name) || isPlaceholderText(title));
  // Items without an id (training rows) are examples when their main text is a placeholder.
  return isPlaceholderText(department) || isPlaceholderText(name) || isPlaceholderText(title);
}

/** The value, unless it is a placeholder text. */
export const unlessPlaceholder = <T>(value: T): T | undefined => (isPlaceholderText(value) ? undefined : value);
