// The Prompter for a person at a terminal (imported only by a live interview), on the prompts of
// terminal/: every screen wrapped to the terminal's width, a help line under each prompt (where
// the consultant is, and the keys), `?` for the why and an example, Esc for the previous
// question, Ctrl-G for the jump menu, Ctrl-T for the board, Ctrl-C to stop.
import { terminalSafe } from '../shared/terminal-safe.js';
import type { Translator } from '../i18n/index.js';
import { parseNumber } from './numbers.js';
import {
  GoBack,
  InterviewInterrupted,
  JumpRequested,
  type CheckboxQuestion,
  type Choice,
  type ConfirmQuestion,
  type Help,
  type ItemAction,
  type ItemQuestion,
  type ListQuestion,
  type NextAnswer,
  type NextQuestion,
  type NumberQuestion,
  type Picked,
  type PickQuestion,
  type Prompter,
  type SelectQuestion,
  type TextQuestion,
} from './prompter.js';
import { choicePrompt, type ChoicePromptConfig } from './terminal/choice-prompt.js';
import type { KeyInput } from './terminal/key-input.js';
import { blockLines, PLAIN, type Paint, type PromptCommand, type PromptOutcome } from './terminal/prompt-frame.js';
import { listPrompt } from './terminal/list-prompt.js';
import { textPrompt, type TextAnswer, type TextPromptConfig } from './terminal/text-prompt.js';

/** What the prompts show around the question: where the consultant is, and the board. */
export interface Hud {
  /** Where the consultant is: "Business architecture · step 3 of 5: Functions". */
  status(): string;
  /** The board as it stands now, ready to print, or undefined when there is none yet. */
  board(width: number): string | undefined;
}

/** A HUD with nothing to say. */
const NO_HUD: Hud = { status: () => '', board: () => undefined };

/** What a person types to see the why and the example of a question. */
const HELP_KEY = '?';

/** A prompt function of terminal/, as createPrompt makes them. */
type PromptFn<C, T> = (config: C, context?: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream }) => Promise<T>;

/** The terminal implementation of the Prompter. */
export class TerminalPrompter implements Prompter {
  private readonly paint: Paint;
  private readonly hud: Hud;

  constructor(
    private readonly t: Translator,
    private readonly output: NodeJS.WritableStream & { columns?: number },
    private readonly options: { input?: KeyInput; paint?: Paint; hud?: Hud } = {},
  ) {
    this.paint = options.paint ?? PLAIN;
    this.hud = options.hud ?? NO_HUD;
  }

  /** The terminal's width now (it may have been resized). */
  private get width(): number {
    return Math.max(30, this.output.columns || 80);
  }

  say(text: string): void {
    // Screens quote the user's own answers and canvases: shown, never obeyed by the terminal.
    this.output.write(`${blockLines(text, this.width).join('\n')}\n`);
  }

  /** Says `text` dimmed: the colour is added after the text is made safe, so it is not shown as an escape. */
  private sayDim(text: string): void {
    this.output.write(`${blockLines(text, this.width).map((l) => this.paint.dim(l)).join('\n')}\n`);
  }

  /** The help line: where the consultant is, then the keys of this kind of prompt. */
  private helpLine(kind: 'text' | 'choice' | 'checklist' | 'list'): string {
    const keys = this.t(`iv.keys.${kind}`);
    const status = this.hud.status();
    return status ? `${status} · ${keys}` : keys;
  }

  /** Runs one prompt; Ctrl-C becomes InterviewInterrupted, the leaving keys their errors or screens. */
  private async run<C, T>(prompt: PromptFn<C, PromptOutcome<T>>, config: C, help?: Help): Promise<{ answer: T } | { command: PromptCommand; typed?: string }> {
    let outcome: PromptOutcome<T>;
    try {
      const asked = prompt(config, this.options.input ? { input: this.options.input as unknown as NodeJS.ReadableStream, output: this.output } : undefined);
      // The prompt listens for keys once it is drawn: only then are the keys typed ahead handed over.
      this.options.input?.begin();
      outcome = await asked;
    } catch (error) {
      if ((error as Error | undefined)?.name === 'ExitPromptError') throw new InterviewInterrupted();
      throw error;
    } finally {
      this.options.input?.end();
    }
    if ('answer' in outcome) return outcome;
    switch (outcome.command) {
      case 'back':
        throw new GoBack();
      case 'jump':
        throw new JumpRequested();
      case 'interrupt':
        throw new InterviewInterrupted();
      case 'board':
        this.say(this.hud.board(this.width) ?? this.t('iv.board.none'));
        return outcome;
      case 'help':
        // Indented as a whole, continuation lines too, so the why stands apart from the question.
        this.output.write(`${blockLines(this.helpText(help), this.width, 2).join('\n')}\n`);
        return outcome;
    }
  }

  /** The why and the example, as shown after `?`. */
  private helpText(help: Help | undefined): string {
    const lines: string[] = [];
    if (help?.why) lines.push(`${this.t('iv.why')}${help.why}`);
    if (help?.example) lines.push(`${this.t('iv.example')}${help.example}`);
    return lines.length > 0 ? lines.join('\n') : this.t('iv.noHelp');
  }

  /** "(? = why)" when the question has help, shown while it is asked. */
  private hintFor(help: Help | undefined): { hint?: string } {
    return help?.why || help?.example ? { hint: this.t('iv.helpHint') } : {};
  }

  /** The frame every text prompt shares. */
  private textConfig(q: { message: string; help?: Help }, rest: Omit<TextPromptConfig, 'message' | 'width' | 'paint' | 'helpLine'>, kind: 'text' | 'list' = 'text'): TextPromptConfig {
    return { message: q.message, ...this.hintFor(q.help), width: this.width, paint: this.paint, helpLine: this.helpLine(kind), ...rest };
  }

  /** Asks a text until it is answered; `?` shows the help, the board comes and goes, what was typed stays. */
  private async askText(q: { message: string; help?: Help; default?: string }, validate: (v: string) => string | undefined, paste: TextPromptConfig['paste'], kind: 'text' | 'list' = 'text', typed?: string): Promise<TextAnswer> {
    let pending = typed;
    for (;;) {
      const outcome = await this.run(
        textPrompt,
        this.textConfig(q, {
          default: q.default === '' || q.default === undefined ? undefined : terminalSafe(q.default),
          validate: (value) => (value.trim() === HELP_KEY ? undefined : validate(value)),
          typed: pending,
          paste,
        }, kind),
        q.help,
      );
      if ('answer' in outcome) return outcome.answer;
      pending = outcome.typed;
    }
  }

  async text(q: TextQuestion): Promise<string> {
    if (q.silent) return q.default ?? '';
    // A warning (a past deadline) is said once; Enter again on the same answer keeps it.
    let warned: string | undefined;
    const answer = await this.askText(q, (value) => {
      const problem = q.validate(value);
      if (problem !== undefined) return problem;
      const warning = q.warn?.(value.trim());
      if (warning !== undefined && warned !== value.trim()) {
        warned = value.trim();
        return warning;
      }
      return undefined;
    }, q.singleLine ? 'space' : 'join');
    return answer.value;
  }

  async number(q: NumberQuestion): Promise<number | undefined> {
    if (q.silent) return q.default;
    const understood = (raw: string) => parseNumber(raw);
    const answer = await this.askText({ ...q, default: q.default === undefined ? undefined : String(q.default) }, (raw) => {
      if (raw.trim() === '') return q.validate('');
      const n = understood(raw);
      return n === undefined ? q.validate(raw) : q.validate(n.plain);
    }, 'space');
    if (answer.value === '') return undefined;
    const n = understood(answer.value)!;
    // 5万, 1.2亿, 50,000, full-width digits: say what was taken, so a slip shows at once.
    if (n.plain !== answer.value.trim()) this.sayDim(`  ${this.t('iv.numberUnderstood', { raw: answer.value.trim(), value: n.value.toLocaleString(this.t.locale) })}`);
    return n.value;
  }

  /** The choice prompt with this prompter's frame and words. */
  private choiceConfig(q: { message: string; help?: Help }, choices: readonly Choice<string>[], rest: Pick<ChoicePromptConfig, 'multiple' | 'default' | 'validate'>): ChoicePromptConfig {
    return {
      message: q.message,
      width: this.width,
      paint: this.paint,
      helpLine: this.helpLine(rest.multiple ? 'checklist' : 'choice'),
      choices: choices.map((c) => ({ value: c.value, name: c.name, description: this.description(q.help, c.description) })),
      words: { pick: this.t('iv.pickOne'), noSuchChoice: (n, max) => this.t('iv.noSuchChoice', { n, max }), separator: this.t('doc.listSeparator') },
      ...rest,
    };
  }

  /** The help as a choice description. */
  private description(help: Help | undefined, own?: string): string | undefined {
    const parts = [own, help?.why, help?.example ? `${this.t('iv.example')}${help.example}` : undefined].filter(Boolean);
    return parts.length > 0 ? parts.join('\n') : undefined;
  }

  /** Asks a choice prompt until it is answered (the board and the help come and go). */
  private async choose(q: { message: string; help?: Help }, choices: readonly Choice<string>[], rest: Pick<ChoicePromptConfig, 'multiple' | 'default' | 'validate'>): Promise<string[]> {
    for (;;) {
      const outcome = await this.run(choicePrompt, this.choiceConfig(q, choices, rest), q.help);
      if ('answer' in outcome) return outcome.answer;
    }
  }

  async select<T extends string>(q: SelectQuestion<T>): Promise<T> {
    if (q.silent) return q.default ?? q.choices[0]!.value;
    const known = q.choices.some((c) => c.value === q.default);
    const [value] = await this.choose(q, q.choices, { multiple: false, default: known ? [q.default!] : undefined });
    return value as T;
  }

  async checkbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]> {
    if (q.silent) return q.default ?? [];
    return (await this.choose(q, q.choices, { multiple: true, default: q.default ?? [], validate: q.validate as ((v: readonly string[]) => string | undefined) | undefined })) as T[];
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    if (q.silent) return q.default ?? false;
    const [value] = await this.choose(
      q,
      [
        { value: 'yes', name: this.t('iv.yes') },
        { value: 'no', name: this.t('iv.no') },
      ],
      { multiple: false, default: [q.default === false ? 'no' : 'yes'] },
    );
    return value === 'yes';
  }

  async list(q: ListQuestion): Promise<string[]> {
    if (q.silent) return q.default ?? [];
    for (;;) {
      const outcome = await this.run(
        listPrompt,
        {
          message: q.message,
          ...this.hintFor(q.help),
          width: this.width,
          paint: this.paint,
          helpLine: this.helpLine('list'),
          default: q.default,
          validate: q.validate,
          min: q.min ?? 0,
          words: { atLeast: this.t('iv.atLeast', { min: q.min ?? 0 }), moreAbove: (n) => this.t('iv.listMoreAbove', { count: n }) },
        },
        q.help,
      );
      if ('answer' in outcome) return outcome.answer;
    }
  }

  async item(q: ItemQuestion): Promise<ItemAction> {
    // A starter example is not asked about: its fields are asked at once, to fill it in (an empty name removes it).
    if (q.example) return 'edit';
    const choices: Choice<ItemAction>[] = [
      { value: 'keep', name: this.t('iv.item.keep'), description: q.detail },
      { value: 'edit', name: this.t('iv.item.edit'), description: q.detail },
      { value: 'remove', name: this.t('iv.item.remove') },
    ];
    const [value] = await this.choose(q, choices, { multiple: false, default: [choices.some((c) => c.value === q.default) ? q.default! : 'keep'] });
    return value as ItemAction;
  }

  async next(q: NextQuestion): Promise<NextAnswer> {
    const reuse = q.reuse ?? [];
    if (reuse.length > 0) {
      const width = String(reuse.length).length;
      this.say(`${this.t('iv.reuse')}\n${reuse.map((c, i) => `  ${String(i + 1).padStart(width)}. ${c.name}`).join('\n')}`);
    }
    const pickReuse = (raw: string): Choice<string> | undefined => {
      const text = raw.trim();
      if (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= reuse.length) return reuse[Number(text) - 1];
      return reuse.find((c) => c.name.trim().toLowerCase() === text.toLowerCase());
    };
    const answer = await this.askText(
      { ...q, message: `${q.message} ${this.t(q.required ? 'iv.nextRequired' : 'iv.nextEnds')}` },
      (raw) => {
        if (raw.trim() === '') return q.required ? this.t('iv.required') : undefined;
        return pickReuse(raw) ? undefined : q.validate(raw);
      },
      'space',
    );
    if (answer.value === '') return undefined;
    const reused = pickReuse(answer.value);
    return reused ? { existing: reused.value } : { name: answer.value };
  }

  async pick(q: PickQuestion): Promise<Picked[]> {
    const values = await this.choose(q, q.choices, { multiple: true, default: q.default ?? [...q.saved], validate: q.validate });
    // Entries already saved keep their place; new ones follow, in the order of the choices.
    const ordered = [...q.saved.filter((v) => values.includes(v)), ...values.filter((v) => !q.saved.includes(v))];
    return ordered.map((value, i) => ({ value, key: [...q.key, i] }));
  }
}

/**
 * How many prompts a person meets at this terminal for one question: none for a question asked of
 * answers files only or a starter example filled in directly, one for everything else (a list is
 * one prompt however many lines it takes). scripts/count-prompts.js counts with it.
 */
export function promptsShown(method: string, q: { silent?: boolean; example?: boolean } | undefined): number {
  if (q?.silent) return 0;
  if (method === 'item' && q?.example) return 0;
  return 1;
}
