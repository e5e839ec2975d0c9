// The interview's own prompts (src/interview/terminal/) on @inquirer/testing's screen: importing
// this module before the interview registers the mocks, so a test types keys into the real prompts
// and reads what they draw, as with inquirer's prompts.
import { vi } from 'vitest';

vi.mock('../../src/interview/terminal/text-prompt.js', async (importOriginal) => {
  const [{ wrapPrompt }, actual] = await Promise.all([import('@inquirer/testing/vitest'), importOriginal<typeof import('../../src/interview/terminal/text-prompt.js')>()]);
  return { ...actual, textPrompt: wrapPrompt(actual.textPrompt) };
});
vi.mock('../../src/interview/terminal/choice-prompt.js', async (importOriginal) => {
  const [{ wrapPrompt }, actual] = await Promise.all([import('@inquirer/testing/vitest'), importOriginal<typeof import('../../src/interview/terminal/choice-prompt.js')>()]);
  return { ...actual, choicePrompt: wrapPrompt(actual.choicePrompt) };
});
vi.mock('../../src/interview/terminal/list-prompt.js', async (importOriginal) => {
  const [{ wrapPrompt }, actual] = await Promise.all([import('@inquirer/testing/vitest'), importOriginal<typeof import('../../src/interview/terminal/list-prompt.js')>()]);
  return { ...actual, listPrompt: wrapPrompt(actual.listPrompt) };
});

export { screen } from '@inquirer/testing/vitest';
