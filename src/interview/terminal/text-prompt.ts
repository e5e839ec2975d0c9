// A text question at the terminal, on @inquirer/core: the question wrapped to the width, the saved
// answer or suggestion in brackets (Enter keeps it, Backspace on an empty line clears it, Tab
// copies it for editing), line editing, a pasted block taken at once (kept as one text with its
// line breaks, or handed back line by line to a list), and the leaving keys of prompt-frame.ts.
import { createPrompt, useKeypress, useState } from '@inquirer/core';
import { terminalSafe } from '../../shared/terminal-safe.js';
import { leftLines, blockLines, commandOf, answeredLines, isEnter, questionLines, typedText, type FrameConfig, type Key, type PromptCommand, type PromptOutcome } from './prompt-frame.js';
import { usePromptState } from './prompt-state.js';

/** What the text prompt asks. */
export interface TextPromptConfig extends FrameConfig {
  /** Enter on an empty line gives this (shown in brackets). */
  default?: string;
  /** The message to show for a rejected answer, or undefined when it is fine. */
  validate: (value: string) => string | undefined;
  /** Text typed before the prompt was left for a moment (the board, the help): it is still there. */
  typed?: string;
  /**
   * A pasted block of several lines: `join` keeps its line breaks in this answer, `space` joins its
   * lines with spaces (a name), `lines` answers with every line (an entry of a list each).
   */
  paste: 'join' | 'space' | 'lines';
}

/** The answer, with the other lines of a block pasted into a list prompt. */
export interface TextAnswer {
  value: string;
  /** Further lines of a multi-line paste (`paste: 'lines'`), each one more entry. */
  more?: string[];
}

/** What stands for a line break in the editing line (a terminal line cannot hold one). */
const BREAK = '↵';

const toShown = (value: string) => value.replace(/\n/g, BREAK);

/** The text prompt. */
export const textPrompt = createPrompt<PromptOutcome<TextAnswer>, TextPromptConfig>((config, done) => {
  const [value, setValue] = useState(config.typed ?? '');
  const [cursor, setCursor] = useState((config.typed ?? '').length);
  const [cleared, setCleared] = useState(false);
  const { error, setError, refuse, status, left, finish, leave } = usePromptState();
  const [final, setFinal] = useState('');
  const { paint } = config;

  useKeypress((event, readline) => {
    const key = event as Key;
    // readline's own cursor: set, so the terminal's cursor stands where the text is edited.
    const rl = readline as typeof readline & { cursor: number };
    if (status === 'done') return;
    const edit = (next: string, at: number) => {
      setValue(next);
      setCursor(at);
      rl.line = toShown(next);
      rl.cursor = at;
    };
    // readline keeps its own copy of the line; this prompt owns the text.
    rl.line = toShown(value);
    rl.cursor = cursor;
    const command = commandOf(key, config.commands);
    if (command && command !== 'interrupt') {
      leave(command);
      done({ command, typed: value });
      return;
    }
    if (isEnter(key)) {
      if (value.trim() === '?') {
        leave('help');
        done({ command: 'help', typed: '' });
        return;
      }
      const answer = value === '' && !cleared ? (config.default ?? '') : value.trim();
      const message = config.validate(answer);
      if (message !== undefined) {
        refuse(message);
        return;
      }
      setFinal(answer);
      finish();
      done({ answer: { value: answer } });
      return;
    }
    setError(undefined);
    if (key.name === 'paste') {
      // Tabs become spaces; other control characters a paste may carry are never part of an answer.
      // eslint-disable-next-line no-control-regex
      const text = (key.text ?? '').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
      const lines = text.split('\n');
      if (config.paste === 'lines' && lines.filter((l) => l.trim() !== '').length > 1) {
        // Every pasted line is one entry of the list: the first answers this prompt.
        const all = (value.slice(0, cursor) + text + value.slice(cursor)).split('\n').map((l) => l.trim()).filter((l) => l !== '');
        setFinal(all[0]!);
        finish();
        done({ answer: { value: all[0]!, more: all.slice(1) } });
        return;
      }
      const inserted = config.paste === 'join' ? text.replace(/\n+$/, '') : text.replace(/\s*\n+\s*/g, ' ').trim();
      edit(value.slice(0, cursor) + inserted + value.slice(cursor), cursor + inserted.length);
      return;
    }
    switch (key.name) {
      case 'backspace':
        if (value === '' && config.default) setCleared(true);
        if (cursor > 0) edit(value.slice(0, cursor - 1) + value.slice(cursor), cursor - 1);
        return;
      case 'delete':
        edit(value.slice(0, cursor) + value.slice(cursor + 1), cursor);
        return;
      case 'left':
        edit(value, Math.max(0, cursor - 1));
        return;
      case 'right':
        edit(value, Math.min(value.length, cursor + 1));
        return;
      case 'home':
        edit(value, 0);
        return;
      case 'end':
        edit(value, value.length);
        return;
      case 'tab':
        if (value === '' && config.default) edit(config.default, config.default.length);
        return;
    }
    if (key.ctrl) {
      if (key.name === 'a') edit(value, 0);
      else if (key.name === 'e') edit(value, value.length);
      else if (key.name === 'u') edit(value.slice(cursor), 0);
      else if (key.name === 'k') edit(value.slice(0, cursor), cursor);
      else if (key.name === 'w') {
        const start = value.slice(0, cursor).replace(/\S+\s*$/u, '').length;
        edit(value.slice(0, start) + value.slice(cursor), start);
      } else edit(value, cursor);
      return;
    }
    const typed = typedText(key);
    if (typed) edit(value.slice(0, cursor) + typed + value.slice(cursor), cursor + typed.length);
    else edit(value, cursor);
  });

  if (status === 'done' && left !== undefined) return leftLines(config.message, left, config.width, paint).join('\n');
  if (status === 'done') return answeredLines(paint.green('✔'), config.message, final, config.width, paint).join('\n');
  const lines = questionLines(paint.cyan('?'), config.hint ? `${config.message} ${config.hint}` : config.message, config.width);
  const shownDefault = value === '' && !cleared && config.default ? ` ${paint.dim(`(${terminalSafe(toShown(config.default))})`)}` : '';
  // The typed text stays on the question's last line, so the terminal's cursor can follow it.
  lines[lines.length - 1] = `${lines[lines.length - 1]}${shownDefault} ${terminalSafe(toShown(value))}`;
  const bottom = [...(error ? blockLines(error, config.width).map((l) => paint.red(l)) : []), ...(config.helpLine ? blockLines(config.helpLine, config.width).map((l) => paint.dim(l)) : [])];
  return [lines.join('\n'), bottom.join('\n')];
});
