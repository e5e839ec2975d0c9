// The keyboard of a live interview, between the terminal and the prompts. Keys wait in a queue and
// reach a prompt only while one is asking, one Enter at a time: what is typed right after Enter
// goes to the next question (inquirer alone drops keys typed before a prompt is drawn, or sends
// them to the field that just closed). A bracketed paste arrives as one `paste` key, so 20,000
// characters are taken in one go and a multi-line paste keeps its lines. Ctrl-C jumps the queue.
import { EventEmitter } from 'node:events';
import { emitKeypressEvents } from 'node:readline';
import type { Key } from './prompt-frame.js';

/** The terminal's input, as the interview needs it. */
export interface TerminalStream extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

/** Asks the terminal to mark pastes (ESC [200~ … ESC [201~), and stops asking. */
const PASTE_ON = '\u001b[?2004h';
const PASTE_OFF = '\u001b[?2004l';

/** A queued keypress, or a whole paste. */
type Queued = { ch: string | undefined; key: Key };

/**
 * The input stream the prompts read (an EventEmitter that readline and @inquirer/core accept):
 * `keypress` events come from the queue, never straight from the terminal.
 */
export class KeyInput extends EventEmitter {
  readonly isTTY = true;
  private readonly queue: Queued[] = [];
  private asking = false;
  private holding = false;
  private pasting: string | undefined;
  private started = false;

  constructor(
    private readonly source: TerminalStream,
    private readonly output: NodeJS.WritableStream,
  ) {
    super();
  }

  // readline calls these on its input; the terminal itself is managed by start() and stop().
  setRawMode(): this {
    return this;
  }
  pause(): this {
    return this;
  }
  resume(): this {
    return this;
  }
  isPaused(): boolean {
    return false;
  }

  private readonly onKey = (ch: string | undefined, key: Key | undefined): void => {
    const k: Key = key ?? { sequence: ch, name: ch };
    if (k.name === 'paste-start') {
      this.pasting = '';
      return;
    }
    if (k.name === 'paste-end') {
      const text = this.pasting ?? '';
      this.pasting = undefined;
      this.queue.push({ ch: undefined, key: { name: 'paste', text } });
      this.pump();
      return;
    }
    if (this.pasting !== undefined) {
      this.pasting += k.name === 'return' || k.name === 'enter' ? '\n' : k.name === 'tab' ? ' ' : (k.sequence ?? ch ?? '');
      return;
    }
    // Ctrl-D would close readline under a prompt that then never answers; nothing needs it here.
    if (k.ctrl && k.name === 'd') return;
    if (k.ctrl && k.name === 'c') {
      // Stopping is never kept waiting behind keys typed ahead.
      this.queue.length = 0;
      this.holding = false;
    }
    this.queue.push({ ch, key: k });
    this.pump();
  };

  /** Starts reading the terminal: raw keys, pastes marked. */
  start(): void {
    if (this.started) return;
    this.started = true;
    emitKeypressEvents(this.source);
    this.source.setRawMode?.(true);
    this.source.on('keypress', this.onKey);
    this.source.resume();
    this.output.write(PASTE_ON);
  }

  /** Gives the terminal back as it was. */
  stop(): void {
    if (!this.started) return;
    this.started = false;
    this.source.removeListener('keypress', this.onKey);
    this.source.setRawMode?.(false);
    this.source.pause();
    this.output.write(PASTE_OFF);
  }

  /** A prompt is asking: hand it the keys typed so far. */
  begin(): void {
    this.asking = true;
    this.holding = false;
    this.pump();
  }

  /** The prompt has its answer: further keys wait for the next one. */
  end(): void {
    this.asking = false;
    this.holding = false;
  }

  /** Feeds queued keys to the asking prompt; after an Enter, waits to see whether it was accepted. */
  private pump(): void {
    while (this.asking && !this.holding && this.queue.length > 0) {
      const { ch, key } = this.queue.shift()!;
      this.emit('keypress', ch, key);
      if (key.name === 'return' || key.name === 'enter' || key.name === 'paste') {
        // A rejected answer keeps the prompt open: the keys after it belong to it after all.
        this.holding = true;
        setImmediate(() =>
          setImmediate(() => {
            if (!this.holding) return;
            this.holding = false;
            this.pump();
          }),
        );
      }
    }
  }
}
