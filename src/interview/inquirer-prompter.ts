// The Prompter for a person at a terminal, on @inquirer/prompts (imported only by the interview).
// Typing `?` at a text prompt shows the question's "why" and example and asks again; choice lists
// show the "why" under the highlighted choice; Ctrl-C becomes InterviewInterrupted.
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { terminalSafe } from '../shared/terminal-safe.js';
import type { Translator } from '../i18n/index.js';
import {
  InterviewInterrupted,
  type CheckboxQuestion,
  type Choice,
  type ConfirmQuestion,
  type Help,
  type ItemAction,
  type ItemQuestion,
  type ListQuestion,
  type MoreQuestion,
  type NumberQuestion,
  type Prompter,
  type SelectQuestion,
  type TextQuestion,
} from './prompter.js';

/** What the user types to see the why and the example of a question. */
const HELP_KEY = '?';
/** What the user types to delete a line of a list. */
const DELETE_LINE = '-';

/** Localized words of inquirer's key hints ("↑↓ navigate • ⏎ select"). */
function keysHelpTip(t: Translator) {
  const words: Record<string, string> = {
    navigate: t('iv.keys.navigate'),
    select: t('iv.keys.select'),
    submit: t('iv.keys.submit'),
    all: t('iv.keys.all'),
    invert: t('iv.keys.invert'),
  };
  const space = t('iv.keys.space');
  return (keys: [string, string][]) => keys.map(([key, action]) => `${key === 'space' ? space : key} ${words[action] ?? action}`).join(' • ');
}

/** Runs one inquirer prompt; Ctrl-C (ExitPromptError) becomes InterviewInterrupted. */
async function ask<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if ((error as Error | undefined)?.name === 'ExitPromptError') throw new InterviewInterrupted();
    throw error;
  }
}

/** The @inquirer/prompts implementation of the Prompter. */
export class InquirerPrompter implements Prompter {
  constructor(
    private readonly t: Translator,
    private readonly output: NodeJS.WritableStream,
  ) {}

  say(text: string): void {
    // Screens quote the user's own answers and canvases: shown, never obeyed by the terminal.
    this.output.write(`${terminalSafe(text, { multiline: true })}\n`);
  }

  /** The why and the example, as shown after `?`. */
  private helpText(help: Help | undefined): string {
    const lines: string[] = [];
    if (help?.why) lines.push(`  ${this.t('iv.why')}: ${help.why}`);
    if (help?.example) lines.push(`  ${this.t('iv.example')}: ${help.example}`);
    return lines.length > 0 ? lines.join('\n') : `  ${this.t('iv.noHelp')}`;
  }

  /** The message with "(? = why)" when the question has help. */
  private withHint(message: string, help: Help | undefined): string {
    const safe = terminalSafe(message, { multiline: true });
    return help?.why || help?.example ? `${safe} ${this.t('iv.helpHint')}` : safe;
  }

  /** The help as a choice description. */
  private description(help: Help | undefined, own?: string): string | undefined {
    const parts = [own, help?.why, help?.example ? `${this.t('iv.example')}: ${help.example}` : undefined].filter(Boolean);
    return parts.length > 0 ? parts.join('\n') : undefined;
  }

  async text(q: TextQuestion): Promise<string> {
    for (;;) {
      const answer = await ask(() =>
        input({
          message: this.withHint(q.message, q.help),
          // A default with control characters is offered in its visible form (the schema refuses them anyway).
          default: q.default === '' || q.default === undefined ? undefined : terminalSafe(q.default),
          validate: (value) => value.trim() === HELP_KEY || (q.validate(value) ?? true),
        }),
      );
      if (answer.trim() !== HELP_KEY) return answer.trim();
      this.say(this.helpText(q.help));
    }
  }

  async number(q: NumberQuestion): Promise<number | undefined> {
    const raw = await this.text({ ...q, default: q.default === undefined ? undefined : String(q.default) });
    return raw === '' ? undefined : Number(raw);
  }

  private choices<T extends string>(choices: readonly Choice<T>[], help: Help | undefined) {
    return choices.map((c) => {
      const description = this.description(help, c.description);
      return { value: c.value, name: terminalSafe(c.name), description: description === undefined ? undefined : terminalSafe(description, { multiline: true }) };
    });
  }

  async select<T extends string>(q: SelectQuestion<T>): Promise<T> {
    const known = q.choices.some((c) => c.value === q.default);
    return ask(() =>
      select<T>({
        message: terminalSafe(q.message, { multiline: true }),
        choices: this.choices(q.choices, q.help),
        default: known ? q.default : undefined,
        pageSize: 12,
        theme: { style: { keysHelpTip: keysHelpTip(this.t) }, indexMode: 'number' },
      }),
    );
  }

  async checkbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]> {
    const selected = new Set(q.default ?? []);
    return ask(() =>
      checkbox<T>({
        message: terminalSafe(q.message, { multiline: true }),
        choices: this.choices(q.choices, q.help).map((c) => ({ ...c, checked: selected.has(c.value) })),
        pageSize: 12,
        validate: (chosen) => q.validate?.(chosen.map((c) => c.value)) ?? true,
        theme: { style: { keysHelpTip: keysHelpTip(this.t) } },
      }),
    );
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    if (q.help?.why || q.help?.example) {
      // A yes/no with a why reads better as a two-item list that shows the why underneath.
      const answer = await this.select<'yes' | 'no'>({
        key: q.key,
        message: terminalSafe(q.message, { multiline: true }),
        help: q.help,
        default: q.default === false ? 'no' : 'yes',
        choices: [
          { value: 'yes', name: this.t('iv.yes') },
          { value: 'no', name: this.t('iv.no') },
        ],
      });
      return answer === 'yes';
    }
    return ask(() =>
      confirm({
        message: terminalSafe(q.message, { multiline: true }),
        default: q.default ?? true,
        theme: { keywords: { yes: this.t('iv.yes'), no: this.t('iv.no'), error: () => this.t('iv.yesNo') } },
      }),
    );
  }

  async list(q: ListQuestion): Promise<string[]> {
    this.say(`${q.message}\n  ${this.t('iv.listHint')}`);
    const lines: string[] = [];
    const min = q.min ?? 0;
    for (const existing of q.default ?? []) {
      const answer = await this.text({
        key: q.key,
        message: `${lines.length + 1}.`,
        default: existing,
        help: q.help,
        validate: (raw) => (raw.trim() === DELETE_LINE ? undefined : q.validate(raw)),
      });
      if (answer !== DELETE_LINE) lines.push(answer);
    }
    for (;;) {
      const answer = await this.text({
        key: q.key,
        message: `${lines.length + 1}.`,
        help: q.help,
        validate: (raw) => {
          if (raw.trim() === '') return lines.length < min ? this.t('iv.atLeast', { min }) : undefined;
          return q.validate(raw);
        },
      });
      if (answer === '') return lines;
      lines.push(answer);
    }
  }

  async item(q: ItemQuestion): Promise<ItemAction> {
    return this.select<ItemAction>({
      key: q.key,
      message: terminalSafe(q.message, { multiline: true }),
      default: q.default ?? 'keep',
      choices: [
        { value: 'keep', name: this.t('iv.item.keep') },
        { value: 'edit', name: this.t('iv.item.edit') },
        { value: 'remove', name: this.t('iv.item.remove') },
      ],
    });
  }

  async more(q: MoreQuestion): Promise<boolean> {
    return this.confirm({ key: q.key, message: q.message, default: q.default ?? false });
  }
}
