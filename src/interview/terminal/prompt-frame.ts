// What every interview prompt shares on screen: the question wrapped to the terminal's width (at
// word boundaries, CJK-aware), the help line under it (where the consultant is, and the keys), and
// the keys that leave a question without answering it: previous question, go to, board, help.
import { terminalSafe } from '../../shared/terminal-safe.js';
import { textWidth, wrapText } from '../../generate/text-width.js';

/** The few styles a prompt uses; a chalk instance fits, and plain identity functions when colours are off. */
export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  inverse(s: string): string;
}

/** Styles that add nothing (tests, NO_COLOR). */
export const PLAIN: Paint = { bold: (s) => s, dim: (s) => s, cyan: (s) => s, green: (s) => s, red: (s) => s, yellow: (s) => s, inverse: (s) => s };

/** Why a prompt ended without an answer. */
export type PromptCommand = 'back' | 'jump' | 'board' | 'help' | 'interrupt';

/** A prompt's result: the answer, or the key that asked for something else. */
export type PromptOutcome<T> = { answer: T } | { command: PromptCommand; typed?: string };

/** What the frame of every prompt needs. */
export interface FrameConfig {
  message: string;
  /** Shown after the message while the question is asked ("(? = why)"), not once it is answered. */
  hint?: string;
  /** Terminal width to wrap to. */
  width: number;
  /** The help line: where the consultant is (canvas, step) and the keys. */
  helpLine?: string;
  paint: Paint;
  /** Which of the leaving keys this prompt offers (all by default). */
  commands?: readonly PromptCommand[];
}

/** Minimal shape of a keypress from readline (or @inquirer/testing). */
export interface Key {
  name?: string;
  sequence?: string;
  ctrl?: boolean;
  meta?: boolean;
  shift?: boolean;
  /** Pasted text, for the `paste` pseudo-key the terminal input sends for a bracketed paste. */
  text?: string;
}

/** The command a key asks for, if it is one of the leaving keys. */
export function commandOf(key: Key, allowed: readonly PromptCommand[] = ['back', 'jump', 'board']): PromptCommand | undefined {
  const command: PromptCommand | undefined =
    key.name === 'escape' ? 'back' : key.ctrl && key.name === 'g' ? 'jump' : key.ctrl && key.name === 't' ? 'board' : key.ctrl && key.name === 'c' ? 'interrupt' : undefined;
  return command && (command === 'interrupt' || allowed.includes(command)) ? command : undefined;
}

export const isEnter = (key: Key): boolean => key.name === 'return' || key.name === 'enter';

/**
 * The printable text a key types: its character(s), or nothing for control and navigation keys.
 * Only keys decoded from what the terminal sent carry a `sequence`; a bare name is a key event
 * without text (@inquirer/testing sends those beside the decoded ones, which would double a letter).
 */
export function typedText(key: Key): string {
  if (key.ctrl || key.meta || key.sequence === undefined) return '';
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(key.sequence) ? '' : key.sequence;
}

/** The question's lines: `mark message`, wrapped to the width with the continuation indented. */
export function questionLines(mark: string, message: string, width: number): string[] {
  const markWidth = textWidth(mark) + 1;
  const lines = wrapText(terminalSafe(message, { multiline: true }), Math.max(10, width - markWidth));
  return lines.map((line, i) => (i === 0 ? `${mark} ${line}` : `${' '.repeat(markWidth)}${line}`));
}

/**
 * Text on screen (a description, an error, a table), wrapped to the width: a line that fits is
 * kept as it is (a table's padding stays), a longer one is wrapped at word boundaries.
 */
export const blockLines = (text: string, width: number, indent = 0): string[] =>
  terminalSafe(text, { multiline: true })
    .split('\n')
    .flatMap((p) => (textWidth(p) + indent <= width ? [p] : wrapText(p, Math.max(10, width - indent))).map((l) => `${' '.repeat(indent)}${l}`));

/** The question as it stays on screen when left with a key: Esc marks it ↩, the others leave it as asked. */
export function leftLines(message: string, command: PromptCommand, width: number, paint: Paint): string[] {
  return questionLines(command === 'back' ? '↩' : command === 'jump' ? '⇢' : '?', message, width).map((l) => paint.dim(l));
}

/** The answer as shown once given: on the question's last line when it fits, else below it. */
export function answeredLines(mark: string, message: string, answer: string, width: number, paint: Paint = PLAIN): string[] {
  const lines = questionLines(mark, message, width);
  const last = lines[lines.length - 1]!;
  const shown = terminalSafe(answer, { multiline: true });
  if (shown === '') return lines;
  if (!shown.includes('\n') && textWidth(last) + 1 + textWidth(shown) <= width) {
    lines[lines.length - 1] = `${last} ${paint.cyan(shown)}`;
    return lines;
  }
  return [...lines, ...blockLines(shown, width, 2).map((l) => paint.cyan(l))];
}
