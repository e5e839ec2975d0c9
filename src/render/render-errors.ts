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

/** The page's renderer process died (out of memory, killed): its pending work will never answer. */
export class PageCrashed extends Error {
  override readonly name = 'PageCrashed';
  constructor() {
    super('the page crashed');
  }
}

/** Errors that mean the browser itself failed (crash, lost connection, no answer), not the diagram. */
export function isBrowserFailure(error: unknown): error is Error {
  const name = (error as Error | undefined)?.name;
  return error instanceof PageCrashed || name === 'ProtocolError' || name === 'TargetCloseError' || name === 'TimeoutError';
}
