// Starter-file placeholders: `dxplan init` writes "Replace with …" texts so a new workspace shows
// its shape. They are not answers: the interview never offers them, and the plan state lists them.
import type { NodePath } from '../problem.js';

/** How a placeholder text starts in each starter template (en, zh-CN, zh-TW). */
const PLACEHOLDER_START = /^\s*(Replace with|请替换|請替換)/;

/** True when `value` is a starter-template placeholder text. */
export const isPlaceholderText = (value: unknown): boolean => typeof value === 'string' && PLACEHOLDER_START.test(value);

/** Every string under `value` that is still a placeholder, as node paths in document order. */
export function placeholderPaths(value: unknown, path: NodePath = []): NodePath[] {
  if (isPlaceholderText(value)) return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholderPaths(item, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => placeholderPaths(v, [...path, k]));
  return [];
}
