// A live interview: the canvases walked in order (a fresh workspace), or the jump menu — canvas,
// step, item — on a re-run or at Ctrl-G. Each canvas (or part chosen) is a visit: the file as the
// visit found it and every answer given, saved in the progress state as they come. So Esc goes
// back one question (the visit is walked again from its start, every answer but the last replayed
// without a prompt), and a run interrupted by Ctrl-C comes back at the very question, with the
// canvas, the step and a recap of what was answered there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { CanvasId } from '../domain/canvas-ids.js';
import { isPlaceholderComment } from '../domain/model/placeholder-comments.js';
import { placeholderPaths } from '../domain/model/placeholders.js';
import { canvasPath } from '../domain/schemas/index.js';
import type { Translator } from '../i18n/index.js';
import { packagePath } from '../paths.js';
import { readRegularFile } from '../store/read-regular.js';
import { terminalSafe } from '../shared/terminal-safe.js';
import { MAX_FILE_BYTES } from '../store/read-text.js';
import { CanvasSession, fingerprint } from './canvas-session.js';
import type { QuestionBook } from './definitions.js';
import { runSections, type Progress } from './flow-kit.js';
import { answerCount, readState, writeState, type InterviewState, type Visit, type VisitSubject } from './interview-state.js';
import { GoBack, InterviewInterrupted, JumpRequested } from './prompter.js';
import { ReplayPrompter, type RecordedAnswer } from './replay-prompter.js';
import { flowContext, FLOWS, readCanvases, type Prepared } from './run-interview.js';
import type { TerminalPrompter } from './terminal-prompter.js';
import { companyBook } from './flows/company.js';

/** The screen around the prompts: what the help line and Ctrl-T show, updated as the run goes. */
export interface LiveHud {
  subject?: VisitSubject;
  progress?: Progress;
  /** The business-architecture session being filled in, for the board. */
  business?: CanvasSession;
}

/** Everything a live run needs. */
export interface LiveRunOptions {
  dir: string;
  /** The canvas the command names, or `all`. */
  run: string;
  canvases: readonly CanvasId[];
  prepared: Prepared;
  terminal: TerminalPrompter;
  hud: LiveHud;
  t: Translator;
  today: string;
  /** Prints a line that is not a question (headers, recaps). */
  print(text: string): void;
  /** Styles for headers. */
  bold(text: string): string;
  dim(text: string): string;
  /** The summary and findings of a canvas whose visit is done; `tables` false after a small edit. */
  afterCanvas(canvas: CanvasId, tables: boolean): Promise<void>;
  /** The board as it stands (from the business-architecture session being filled in, else the file). */
  board(): string | undefined;
}

/** The file a subject lives in, relative to the workspace. */
const fileOf = (subject: VisitSubject): string => (subject === 'company' ? 'dxplan.yaml' : canvasPath(subject));

/** The starter file `dxplan init` writes for `path` in `locale`, or undefined when there is none. */
function starterText(locale: string, path: string): string | undefined {
  try {
    return readFileSync(packagePath('templates', 'workspace', locale, path), 'utf8');
  } catch {
    return undefined;
  }
}

/** A plain record, or an empty one. */
const asRecord = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** How a visit ended. */
type VisitEnd = 'done' | 'jump' | 'back-out';

/** Recap length: the last answers of the canvas shown after a resume. */
const RECAP = 6;

/** One live interview run. */
export class LiveInterview {
  /** The progress as saved: visits and their answers. */
  state: InterviewState;
  /** Answers replayed when the run resumed. */
  resumedAnswers = 0;

  constructor(private readonly o: LiveRunOptions) {
    this.state = { run: o.run, mode: 'walk', walk: 0, visits: [] };
  }

  /** Every answer the run holds (for "N answers saved"). */
  get answers(): number {
    return answerCount(this.state);
  }

  private save(): Promise<void> {
    return writeState(this.o.dir, this.state);
  }

  /** The subjects walked in order: the company questions first when they are still the starter's. */
  private async walkOrder(): Promise<VisitSubject[]> {
    const company = this.o.run === 'all' || !(await this.companyFilled());
    return [...(company ? (['company'] as const) : []), ...this.o.canvases];
  }

  /** True when dxplan.yaml's industry and size were answered (no starter comment beside them). */
  private async companyFilled(): Promise<boolean> {
    const text = await this.read('company');
    const doc = parseDocument(text);
    return !['industry', 'company_size'].some((key) => {
      const node = doc.get(key, true) as { comment?: string | null } | undefined;
      return node === undefined || isPlaceholderComment(node.comment);
    });
  }

  /**
   * True when a canvas holds answers of its own: no starter placeholder or example item is left,
   * and it is not the starter file as `dxplan init` wrote it.
   */
  private async filled(subject: VisitSubject): Promise<boolean> {
    if (subject === 'company') return this.companyFilled();
    const data: unknown = parseDocument(await this.read(subject)).toJS();
    if (data === null || typeof data !== 'object' || placeholderPaths(data).length > 0 || JSON.stringify(data).includes('"example_')) return false;
    const locale = asRecord(parseDocument(await this.read('company')).toJS()).locale;
    const starter = starterText(typeof locale === 'string' ? locale : 'en', fileOf(subject));
    return starter === undefined || JSON.stringify(parseDocument(starter).toJS()) !== JSON.stringify(data);
  }

  /** The text of a subject's file now ('' when it does not exist yet). */
  private async read(subject: VisitSubject): Promise<string> {
    try {
      return (await readRegularFile(join(this.o.dir, fileOf(subject)), MAX_FILE_BYTES)).toString('utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw error;
    }
  }

  private book(subject: VisitSubject): QuestionBook {
    return subject === 'company' ? companyBook(this.o.t) : this.o.prepared.books.get(subject)!;
  }

  /** Runs the interview; throws InterviewInterrupted on Ctrl-C (the state is saved by then). */
  async run(): Promise<void> {
    const previous = await readState(this.o.dir);
    const open = previous?.run === this.o.run ? previous.visits.findIndex((v) => !v.done) : -1;
    if (previous && open >= 0) {
      this.state = previous;
      this.resumedAnswers = previous.visits[open]!.answers.length;
      this.o.print(this.o.t('iv.resuming', { count: this.answers }));
      if (previous.mode === 'walk') return this.walk(previous.visits[open]!.subject);
      const end = await this.visit(previous.visits[open]!);
      if (end === 'done' && previous.visits[open]!.subject !== 'company') await this.o.afterCanvas(previous.visits[open]!.subject as CanvasId, false);
      return this.menu();
    }
    const order = await this.walkOrder();
    const anyFilled = (await Promise.all(this.o.canvases.map((c) => this.filled(c)))).some(Boolean);
    if (!anyFilled) return this.walk(order[0]!);
    // A re-run: where to go, instead of walking every item again. Unanswered company questions come first.
    if (order[0] === 'company' && !(await this.companyFilled())) {
      const end = await this.visit(this.newVisit('company', await this.read('company')));
      if (end === 'jump') return this.menu();
    }
    return this.menu();
  }

  private newVisit(subject: VisitSubject, start: string, target?: { section: string; item?: string }): Visit {
    const visit: Visit = {
      subject,
      start,
      answers: [],
      redo: [],
      done: false,
      ...(target ? { section: target.section } : { walk: this.state.walk }),
      ...(target?.item ? { item: target.item } : {}),
    };
    this.state.visits.push(visit);
    return visit;
  }

  /** Walks the subjects in order from `from`; Ctrl-G leaves for the menu. */
  private async walk(from: VisitSubject): Promise<void> {
    this.state.mode = 'walk';
    const order = await this.walkOrder();
    let i = Math.max(0, order.indexOf(from));
    while (i < order.length) {
      const subject = order[i]!;
      // A canvas walked before in this walk (going back into it, or resuming) goes on with its visit.
      const existing = this.walkVisit(subject);
      const visit = existing ?? this.newVisit(subject, await this.read(subject));
      if (visit.done) {
        i++;
        continue;
      }
      const end = await this.visit(visit, order.length > 1 ? { n: i + 1, count: order.length } : undefined);
      if (end === 'jump') return this.menu(subject);
      if (end === 'back-out') {
        // Esc on a canvas's first question: back to the last question of the one before.
        const before = i > 0 ? this.walkVisit(order[i - 1]!) : undefined;
        if (!before || !before.answers.some((a) => a.q)) {
          this.o.terminal.say(this.o.t('iv.firstQuestion'));
          continue;
        }
        before.done = false;
        stepBack(before);
        i--;
        continue;
      }
      if (subject !== 'company') await this.o.afterCanvas(subject, true);
      i++;
    }
    this.state.mode = 'walk';
  }

  /** The visit of `subject` in the walk going on. */
  private walkVisit(subject: VisitSubject): Visit | undefined {
    return this.state.visits.find((v) => v.subject === subject && v.section === undefined && (v.walk ?? 0) === this.state.walk);
  }

  /**
   * Asks one visit until it is done: replays its answers on the file as it found it, asks the
   * rest live. Esc replays all but the last answer and asks that question again.
   */
  private async visit(visit: Visit, position?: { n: number; count: number }): Promise<VisitEnd> {
    const { t } = this.o;
    const abs = join(this.o.dir, fileOf(visit.subject));
    const book = this.book(visit.subject);
    let resumed = visit.answers.length > 0;
    // The canvas's header opens a visit that starts afresh, once: going back does not repeat it.
    let header = visit.answers.length === 0 && visit.section === undefined;
    for (;;) {
      // A change made by hand since this visit last wrote cannot be replayed over: start from the file as it is.
      const disk = await this.read(visit.subject);
      if (visit.written !== undefined && fingerprint(disk) !== visit.written) {
        this.o.print(t('iv.changedByHand', { file: fileOf(visit.subject) }));
        visit.redo = [...visit.answers, ...visit.redo];
        visit.answers = [];
        visit.start = disk;
        visit.written = fingerprint(disk);
        resumed = false;
      }
      const session = CanvasSession.replaying(abs, fileOf(visit.subject), visit.start, this.o.dir);
      session.onWrite = (text) => {
        visit.written = fingerprint(text);
        return this.save();
      };
      const recorded = visit.answers;
      visit.answers = [];
      const redo = new Map(visit.redo.map((a) => [a.key, a.value]));
      const progress: Progress = { step: 0, steps: 0, title: '' };
      const replay = new ReplayPrompter(this.o.terminal, recorded, redo, {
        record: async (answer) => {
          visit.answers.push(answer);
          if (!replay.replaying) {
            visit.redo = [...redo].map(([key, value]) => ({ key, value }));
            await this.save();
          }
        },
        live: async () => {
          const text = await session.goLive();
          if (text !== undefined) visit.written = fingerprint(text);
          if (resumed) this.recap(visit, book, progress);
          resumed = false;
          await this.save();
        },
      }, this.o.t('doc.listSeparator'));
      if (recorded.length === 0) await session.goLive();
      if (header) this.header(book, position);
      header = false;
      const others = await readCanvases(this.o.dir);
      const ctx = flowContext({
        subject: visit.subject,
        prompter: replay,
        session,
        book,
        prepared: this.o.prepared,
        t,
        today: this.o.today,
        others,
        progress,
        showBoard: () => {
          const board = this.o.board();
          if (board) replay.say(board);
          return board !== undefined;
        },
      });
      Object.assign(this.o.hud, { subject: visit.subject, progress, business: visit.subject === 'business-architecture' ? session : undefined });
      try {
        await runSections(ctx, FLOWS[visit.subject](ctx), visit.section === undefined ? undefined : { section: visit.section, item: visit.item });
        await session.goLive();
        visit.done = true;
        await this.save();
        return 'done';
      } catch (error) {
        if (error instanceof GoBack) {
          visit.redo = [...redo].map(([key, value]) => ({ key, value }));
          // Nothing asked on screen yet in this canvas (silent answers do not count): back to the one before.
          if (!visit.answers.some((a) => a.q)) return 'back-out';
          // The answer undone is offered again as the default of its question.
          stepBack(visit);
          await this.save();
          continue;
        }
        if (error instanceof JumpRequested) {
          await session.goLive();
          await this.save();
          return 'jump';
        }
        // Ctrl-C: the answers so far stay in the state, and the file has every one of them.
        if (error instanceof InterviewInterrupted) await this.save();
        throw error;
      }
    }
  }

  /** The header of a canvas: its place in the run, title, introduction and the keys. */
  private header(book: QuestionBook, position?: { n: number; count: number }): void {
    this.o.print(`\n${this.o.bold(`${position ? `${position.n}/${position.count}  ` : ''}${book.title}`)}\n${book.intro}\n${this.o.dim(this.o.t('iv.howTo'))}\n`);
  }

  /** After a resume: which canvas and step, and the last answers given there, before the very question. */
  private recap(visit: Visit, book: QuestionBook, progress: Progress): void {
    const { t } = this.o;
    const step = progress.steps > 0 ? ` · ${t('iv.step', { step: progress.step, steps: progress.steps, title: progress.title })}` : '';
    const lines = [`\n${this.o.bold(`${t('iv.resumeHeader', { canvas: book.title })}${step}`)}`];
    const shown = visit.answers.filter((a) => a.q);
    if (shown.length > 0) {
      lines.push(this.o.dim(t('iv.recap', { count: shown.length })));
      if (shown.length > RECAP) lines.push(this.o.dim(`  … ${t('iv.recapEarlier', { count: shown.length - RECAP })}`));
      // The recap quotes answers: shown safely, never obeyed by the terminal.
      for (const a of shown.slice(-RECAP)) lines.push(`  ✔ ${terminalSafe(a.q ?? '')} ${this.o.dim(terminalSafe(a.a ?? shownValue(a, t('doc.listSeparator'))))}`);
    }
    this.o.print(lines.join('\n'));
  }

  /** The jump menu: canvas, then step, then item; a finished part brings the menu back. */
  private async menu(current?: VisitSubject): Promise<void> {
    const { t } = this.o;
    this.state.mode = 'menu';
    await this.save();
    const subjects: VisitSubject[] = this.o.run === 'all' ? ['company', ...this.o.canvases] : [...this.o.canvases];
    let subject: VisitSubject | undefined = subjects.length === 1 ? subjects[0] : undefined;
    for (;;) {
      if (subject === undefined) {
        const filled = await Promise.all(subjects.map((s) => this.filled(s)));
        const unfinishedWalk = this.state.visits.find((v) => v.section === undefined && !v.done && (v.walk ?? 0) === this.state.walk);
        const choice = await this.menuSelect(t('iv.menu.where'), [
          ...(unfinishedWalk ? [{ value: '+continue', name: t('iv.menu.continue', { canvas: this.book(unfinishedWalk.subject).title }) }] : []),
          ...subjects.map((s, i) => ({ value: s, name: `${this.book(s).title} · ${t(filled[i] ? 'iv.menu.filled' : 'iv.menu.toFill')}` })),
          { value: '+walk', name: t('iv.menu.walk') },
          { value: '+done', name: t('iv.menu.done') },
        ], current ?? (unfinishedWalk ? '+continue' : subjects[filled.findIndex((f) => !f)] ?? '+done'));
        // Esc (or Ctrl-G again) with a walk under way goes back into it; the interview ends only on "done".
        if (choice === '+continue' || (choice === undefined && unfinishedWalk)) return this.walk(unfinishedWalk!.subject);
        if (choice === undefined || choice === '+done') return;
        if (choice === '+walk') {
          // A new walk; the visits of the earlier one stay in the state, done.
          for (const v of this.state.visits) v.done = true;
          this.state.walk++;
          return this.walk((await this.walkOrder())[0]!);
        }
        subject = choice as VisitSubject;
        current = subject;
      }
      // One canvas run: its steps are the menu's top, so it offers the way back into the walk and the end itself.
      const single = subjects.length === 1;
      const unfinishedWalk = single ? this.state.visits.find((v) => v.section === undefined && !v.done && (v.walk ?? 0) === this.state.walk) : undefined;
      const target = await this.chooseTarget(subject, single, unfinishedWalk ? t('iv.menu.continue', { canvas: this.book(unfinishedWalk.subject).title }) : undefined);
      if (target === 'continue') return this.walk(unfinishedWalk!.subject);
      if (target === undefined) {
        if (single) return;
        subject = undefined;
        continue;
      }
      const end = await this.visit(this.newVisit(subject, await this.read(subject), target === 'all' ? undefined : target));
      if (end === 'done' && subject !== 'company') {
        // After an edit of the business architecture, the room sees the board as it is now.
        if (subject === 'business-architecture' && target !== 'all') {
          const board = this.o.board();
          if (board) this.o.terminal.say(board);
        }
        await this.o.afterCanvas(subject, target === 'all');
      }
    }
  }

  /** The step (and item) of a subject to go to; 'all' for every question; undefined to go back. */
  private async chooseTarget(subject: VisitSubject, single = false, continueName?: string): Promise<{ section: string; item?: string } | 'all' | 'continue' | undefined> {
    const { t } = this.o;
    const session = await CanvasSession.open(join(this.o.dir, fileOf(subject)), fileOf(subject), 'buffered', this.o.dir);
    const ctx = flowContext({
      subject,
      prompter: this.o.terminal,
      session,
      book: this.book(subject),
      prepared: this.o.prepared,
      t,
      today: this.o.today,
      others: await readCanvases(this.o.dir),
      progress: { step: 0, steps: 0, title: '' },
    });
    const sections = FLOWS[subject](ctx);
    for (;;) {
      const picked = await this.menuSelect(
        t('iv.menu.step', { canvas: this.book(subject).title }),
        [
          ...(continueName ? [{ value: '+continue', name: continueName }] : []),
          ...sections.map((s, i) => ({ value: s.id, name: t('iv.step', { step: i + 1, steps: sections.length, title: s.title }) })),
          { value: '+all', name: t('iv.menu.wholeCanvas') },
          { value: '+back', name: t(single ? 'iv.menu.done' : 'iv.menu.back') },
        ],
        continueName ? '+continue' : undefined,
      );
      if (picked === '+continue') return 'continue';
      // Esc at the top of a one-canvas menu goes back where the consultant was, not out of the interview.
      if (picked === undefined && continueName) return 'continue';
      if (picked === undefined || picked === '+back') return undefined;
      if (picked === '+all') return 'all';
      const section = sections.find((s) => s.id === picked)!;
      const items = section.items?.() ?? [];
      if (items.length === 0) return { section: section.id };
      const item = await this.menuSelect(t('iv.menu.item', { step: section.title }), [
        { value: '+section', name: t('iv.menu.wholeStep') },
        ...items.map((i) => ({ value: `=${i.id}`, name: i.label })),
        { value: '+back', name: t('iv.menu.back') },
      ]);
      if (item === undefined || item === '+back') continue;
      return item === '+section' ? { section: section.id } : { section: section.id, item: item.slice(1) };
    }
  }

  /** A menu choice; Esc (or Ctrl-G again) answers undefined: one level up. */
  private async menuSelect(message: string, choices: { value: string; name: string }[], preset?: string): Promise<string | undefined> {
    Object.assign(this.o.hud, { progress: undefined });
    try {
      return await this.o.terminal.select({ key: ['menu'], message, choices, default: preset });
    } catch (error) {
      if (error instanceof GoBack || error instanceof JumpRequested) return undefined;
      throw error;
    }
  }
}

/**
 * Takes the last question a person saw back: it is asked again, with what was answered as its
 * default. Answers given without a question on screen (a starter entry taken as "fill in") go with
 * it, else Esc would take back only that silent answer, which is given again at once, and the
 * same question would come back forever.
 */
function stepBack(visit: Visit): void {
  for (let last = visit.answers.pop(); last; last = visit.answers.pop()) {
    const undone = last;
    visit.redo = [undone, ...visit.redo.filter((a) => a.key !== undone.key)];
    if (undone.q) return;
  }
}

/** An answer as the recap shows it (`separator` between the items of a list). */
function shownValue(a: RecordedAnswer, separator: string): string {
  const v = a.value;
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.map((x) => (x !== null && typeof x === 'object' ? String((x as { value?: unknown }).value ?? '') : String(x))).join(separator);
  if (typeof v === 'object') return String((v as { name?: unknown; existing?: unknown }).name ?? (v as { existing?: unknown }).existing ?? '');
  return String(v);
}
