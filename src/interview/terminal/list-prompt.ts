// A list of short texts (pain points, data dimensions) as one question at the terminal: the lines
// typed so far stay on screen, numbered; Enter starts the next line, Enter on an empty last line
// ends the list, ↑↓ move between lines to edit them, Backspace on an empty line removes it. A
// pasted block adds all its lines at once, however long.
import { createPrompt, useKeypress, useState } from '@inquirer/core';
import { terminalSafe } from '../../shared/terminal-safe.js';
import { textWidth } from '../../generate/text-width.js';
import { leftLines, answeredLines, blockLines, commandOf, isEnter, questionLines, typedText, type FrameConfig, type Key, type PromptCommand, type PromptOutcome } from './prompt-frame.js';
import { usePromptState } from './prompt-state.js';

/** What the list prompt asks. */
export interface ListPromptConfig extends FrameConfig {
  /** The saved lines, shown ready to keep or edit. */
  default?: readonly string[];
  /** Checks one line. */
  validate: (line: string) => string | undefined;
  /** Fewest lines. */
  min: number;
  /** Words this prompt says itself. */
  words: { atLeast: string; moreAbove: (n: number) => string };
}

/** How many lines are drawn around the one being edited (a long paste scrolls). */
const WINDOW = 12;

/** The list prompt. */
export const listPrompt = createPrompt<PromptOutcome<string[]>, ListPromptConfig>((config, done) => {
  const [lines, setLines] = useState<readonly string[]>([...(config.default ?? []), '']);
  const [at, setAt] = useState((config.default ?? []).length);
  const { error, setError, refuse, status, left, finish, leave } = usePromptState();
  const { paint } = config;

  useKeypress((event, rl) => {
    const key = event as Key;
    rl.line = '';
    if (status === 'done') return;
    const command = commandOf(key, config.commands);
    if (command && command !== 'interrupt') {
      leave(command);
      done({ command });
      return;
    }
    setError(undefined);
    const set = (next: readonly string[], index: number) => {
      setLines(next);
      setAt(Math.max(0, Math.min(index, next.length - 1)));
    };
    const current = lines[at] ?? '';
    if (key.name === 'paste') {
      // eslint-disable-next-line no-control-regex
      const pasted = (key.text ?? '').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').split('\n');
      const added = [current + pasted[0]!, ...pasted.slice(1)].map((l) => l.trim()).filter((l, i) => l !== '' || i === 0);
      const next = [...lines.slice(0, at), ...added, ...lines.slice(at + 1)];
      if (next[next.length - 1] !== '') next.push('');
      set(next, at + added.length);
      return;
    }
    if (isEnter(key)) {
      if (current.trim() === '' && at === lines.length - 1) {
        const result = lines.map((l) => l.trim()).filter((l) => l !== '');
        const bad = result.map((l) => config.validate(l)).find((m) => m !== undefined);
        if (bad !== undefined) return refuse(bad);
        if (result.length < config.min) return refuse(config.words.atLeast);
        setLines(result);
        finish();
        done({ answer: result });
        return;
      }
      const problem = current.trim() === '' ? undefined : config.validate(current.trim());
      if (problem !== undefined) return refuse(problem);
      // Enter on a line moves to the next one; on the last line it opens a new one.
      const next = at === lines.length - 1 ? [...lines, ''] : [...lines];
      set(next, at + 1);
      return;
    }
    if (key.name === 'up') return set(lines, at - 1);
    if (key.name === 'down') return set(lines, at + 1);
    if (key.name === 'backspace') {
      if (current === '' && lines.length > 1 && at > 0) {
        // An empty line goes, and editing goes on at the end of the line above.
        return set(lines.filter((_, i) => i !== at), at - 1);
      }
      return set(lines.map((l, i) => (i === at ? [...l].slice(0, -1).join('') : l)), at);
    }
    if (key.ctrl && key.name === 'u') return set(lines.map((l, i) => (i === at ? '' : l)), at);
    const typed = typedText(key);
    if (typed) set(lines.map((l, i) => (i === at ? l + typed : l)), at);
  });

  if (status === 'done' && left !== undefined) return leftLines(config.message, left, config.width, paint).join('\n');
  if (status === 'done') return answeredLines(paint.green('✔'), config.message, lines.join(' / '), config.width, paint).join('\n');
  const out = questionLines(paint.cyan('?'), config.hint ? `${config.message} ${config.hint}` : config.message, config.width);
  const number = (i: number) => `${String(i + 1).padStart(String(lines.length).length)}. `;
  const shown = (i: number, dim: boolean) => {
    const lead = `  ${number(i)}`;
    return blockLines(terminalSafe(lines[i]!), config.width - textWidth(lead)).map((l, j) => {
      const text = (j === 0 ? lead : ' '.repeat(textWidth(lead))) + l;
      return dim ? paint.dim(text) : text;
    });
  };
  const first = Math.max(0, at - WINDOW);
  if (first > 0) out.push(paint.dim(`  ${config.words.moreAbove(first)}`));
  for (let i = first; i < at; i++) out.push(...shown(i, false));
  const bottom = [
    ...lines.slice(at + 1, at + 1 + WINDOW).flatMap((_, j) => shown(at + 1 + j, true)),
    ...(error ? blockLines(error, config.width).map((l) => paint.red(l)) : []),
    ...(config.helpLine ? blockLines(config.helpLine, config.width).map((l) => paint.dim(l)) : []),
  ];
  // The line being edited is the prompt's last line, so the terminal's cursor stands at its end.
  out.push(`${paint.cyan('❯')} ${number(at)}${terminalSafe(lines[at] ?? '')}`);
  return [out.join('\n'), bottom.join('\n')];
});
