// Choosing at the terminal, on @inquirer/core: one of a list (select) or several (checklist). The
// choices are numbered; typing a number picks (or ticks) that choice, and a number with no choice
// says so. Nothing is chosen silently: without a saved answer no choice is highlighted, so Enter
// asks for one. The highlighted choice's description shows under the list, wrapped to the width.
import { createPrompt, useKeypress, useState } from '@inquirer/core';
import { terminalSafe } from '../../shared/terminal-safe.js';
import { textWidth, wrapText } from '../../generate/text-width.js';
import { leftLines, answeredLines, blockLines, commandOf, isEnter, questionLines, typedText, type FrameConfig, type Key, type PromptCommand, type PromptOutcome } from './prompt-frame.js';
import { usePromptState } from './prompt-state.js';

/** One choice as shown. */
export interface ShownChoice {
  value: string;
  name: string;
  description?: string;
}

/** What a choice prompt asks. */
export interface ChoicePromptConfig extends FrameConfig {
  choices: readonly ShownChoice[];
  /** Several answers (a checklist) or one. */
  multiple: boolean;
  /** select: the choice highlighted at first (none: the user must pick); checklist: the ticked ones. */
  default?: readonly string[];
  /** checklist: the message when the ticked set is not acceptable. */
  validate?: (values: readonly string[]) => string | undefined;
  /** Words of the messages this prompt says itself. */
  words: { pick: string; noSuchChoice: (n: number, max: number) => string; separator: string };
  /** How many choices are shown at once. */
  pageSize?: number;
}

/** The choice prompt. */
export const choicePrompt = createPrompt<PromptOutcome<string[]>, ChoicePromptConfig>((config, done) => {
  const { choices, paint } = config;
  const initial = config.multiple ? -1 : choices.findIndex((c) => config.default?.includes(c.value));
  const [active, setActive] = useState(config.multiple && choices.length > 0 ? 0 : initial);
  const [ticked, setTicked] = useState<readonly string[]>(config.multiple ? (config.default ?? []) : []);
  const [digits, setDigits] = useState('');
  const { error, setError, refuse, status, left, finish, leave } = usePromptState();

  const toggle = (value: string) => setTicked(ticked.includes(value) ? ticked.filter((v) => v !== value) : [...ticked, value]);
  const inOrder = (values: readonly string[]) => choices.map((c) => c.value).filter((v) => values.includes(v));

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
    if (isEnter(key)) {
      if (!config.multiple) {
        if (active < 0) return refuse(config.words.pick);
        finish();
        return done({ answer: [choices[active]!.value] });
      }
      const values = inOrder(ticked);
      const message = config.validate?.(values);
      if (message !== undefined) return refuse(message);
      finish();
      return done({ answer: values });
    }
    if (key.name === 'up' || key.name === 'down') {
      setDigits('');
      const step = key.name === 'up' ? -1 : 1;
      setActive(active < 0 ? (step > 0 ? 0 : choices.length - 1) : (active + step + choices.length) % choices.length);
      return;
    }
    if (config.multiple && key.name === 'space') {
      if (active >= 0) toggle(choices[active]!.value);
      return;
    }
    const typed = typedText(key);
    if (/^\d$/.test(typed)) {
      // A digit picks the choice with that number (in a list: a second digit typed next reaches 10 and up).
      // "12" in a list of 11 is a choice that does not exist, not choice 2: it is said so.
      const joined = Number(digits + typed);
      const number = !config.multiple && digits !== '' ? joined : Number(typed);
      setDigits(!config.multiple && number >= 1 && number * 10 <= choices.length ? String(number) : '');
      if (number < 1 || number > choices.length) {
        // Nothing stays highlighted in a list: Enter then asks for a choice instead of taking the one before.
        if (!config.multiple) setActive(-1);
        setError(config.words.noSuchChoice(number, choices.length));
        return;
      }
      setActive(number - 1);
      if (config.multiple) toggle(choices[number - 1]!.value);
      return;
    }
    setDigits('');
    if (config.multiple && typed === 'a') setTicked(ticked.length === choices.length ? [] : choices.map((c) => c.value));
    else if (config.multiple && typed === 'i') setTicked(choices.map((c) => c.value).filter((v) => !ticked.includes(v)));
  });

  if (status === 'done' && left !== undefined) return leftLines(config.message, left, config.width, paint).join('\n');
  if (status === 'done') {
    const names = (config.multiple ? inOrder(ticked) : active >= 0 ? [choices[active]!.value] : []).map((v) => choices.find((c) => c.value === v)!.name);
    return answeredLines(paint.green('✔'), config.message, names.join(config.multiple ? config.words.separator : ''), config.width, paint).join('\n');
  }
  const lines = questionLines(paint.cyan('?'), config.message, config.width);
  const pageSize = Math.max(3, config.pageSize ?? 12);
  const first = Math.max(0, Math.min(choices.length - pageSize, (active < 0 ? 0 : active) - Math.floor(pageSize / 2)));
  const numberWidth = String(choices.length).length;
  for (let i = first; i < Math.min(choices.length, first + pageSize); i++) {
    const c = choices[i]!;
    const pointer = i === active ? '❯' : ' ';
    const box = config.multiple ? (ticked.includes(c.value) ? `${paint.green('◉')} ` : '◯ ') : '';
    const lead = `${pointer} ${box}${String(i + 1).padStart(numberWidth)}. `;
    const wrapped = wrapText(terminalSafe(c.name), Math.max(10, config.width - textWidth(lead)));
    wrapped.forEach((w, j) => {
      const text = j === 0 ? `${lead}${w}` : `${' '.repeat(textWidth(lead))}${w}`;
      lines.push(i === active ? paint.cyan(text) : text);
    });
  }
  if (choices.length > pageSize) lines.push(paint.dim(`  (${first + 1}-${Math.min(choices.length, first + pageSize)} / ${choices.length})`));
  const description = active >= 0 ? choices[active]!.description : undefined;
  const bottom = [
    ...(description ? ['', ...blockLines(description, config.width).map((l) => paint.cyan(l))] : []),
    ...(error ? blockLines(error, config.width).map((l) => paint.red(l)) : []),
    ...(config.helpLine ? blockLines(config.helpLine, config.width).map((l) => paint.dim(l)) : []),
  ];
  return `${[...lines, ...bottom].join('\n')}\u001b[?25l`;
});
