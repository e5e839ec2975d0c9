// A one-line counter on stderr while pictures render: `[3/12] docs/diagrams/x.svg`.

/** Reports progress through a known number of steps. */
export interface Progress {
  /** Announces the step that starts now. */
  step(label: string): void;
  /** Removes the line, so whatever is printed next starts on a clean line. */
  clear(): void;
}

/** Where progress goes, and whether anyone wants to see it. */
export interface ProgressTarget {
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  quiet: boolean;
}

/**
 * A counter rewritten in place on a terminal. It stays silent with --quiet and when stderr is a
 * pipe or a file, where carriage returns would only litter CI logs.
 */
export function createProgress(target: ProgressTarget, total: number): Progress {
  const enabled = !target.quiet && target.stream.isTTY === true && total > 0;
  let index = 0;
  let shown = false;
  return {
    step(label) {
      index += 1;
      if (!enabled) return;
      const line = `[${index}/${total}] ${label}`;
      // A line that wraps cannot be rewritten in place: keep it inside the terminal, the end of the path visible.
      const width = (target.stream.columns ?? 0) - 1;
      const fitted = width > 10 && line.length > width ? `…${line.slice(line.length - width + 1)}` : line;
      target.stream.write(`\r\x1b[2K${fitted}`);
      shown = true;
    },
    clear() {
      if (!shown) return;
      target.stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
