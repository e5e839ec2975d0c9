// The two ways rendering stops early, as values the CLI turns into messages and exit codes.

/** Rendering cannot go on (no browser, a browser that will not start); `message` is already localized. */
export class RenderError extends Error {
  override readonly name = 'RenderError';
}

/** The user pressed Ctrl-C (or the process got SIGTERM/SIGHUP) while the browser was running. */
export class RenderInterrupted extends Error {
  override readonly name = 'RenderInterrupted';
  constructor() {
    super('interrupted');
  }
}
