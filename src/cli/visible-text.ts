// A user's text made safe to print: control characters and bidi overrides become visible escapes.

/** Control characters (C0, DEL, C1) and the bidi controls that could reorder or hide what a terminal shows. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as `\uXXXX`, so a terminal shows it instead of obeying it. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
