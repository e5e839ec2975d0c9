// dxplan's documented exit codes (product.md): the only numbers a command may exit with.

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** Checks failed or generated documents are stale. */
  failed: 1,
  /** Invalid input or usage. */
  invalid: 2,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
} as const;

/** Thrown when the problem was already reported to the user: the entry point only exits with `code`. */
export class ExitError extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
