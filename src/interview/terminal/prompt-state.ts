// The state every interview prompt keeps about how it stands: open or done, the key it was left
// with, and the error it shows under the question.
import { useState } from '@inquirer/core';
import type { PromptCommand } from './prompt-frame.js';

/** The shared state of a prompt, as a hook: call it where the prompt declares its own state. */
export function usePromptState() {
  const [error, setError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [left, setLeft] = useState<PromptCommand | undefined>(undefined);
  return {
    error,
    setError,
    // A refused answer is said a moment later, as a checked answer is: the screen shows it as a new state.
    refuse: (message: string) => void Promise.resolve().then(() => setError(message)),
    status,
    /** The key the question was left with (Esc, Ctrl-G, Ctrl-T, ?), drawn as the question left. */
    left,
    /** Answered: the prompt now draws its answer. */
    finish: () => setStatus('done'),
    /** Left with a key instead of an answer. */
    leave: (command: PromptCommand) => {
      setLeft(command);
      setStatus('done');
    },
  };
}
