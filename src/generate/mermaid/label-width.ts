// How wide a label will be drawn, estimated without a browser: enough to size a diagram's margins
// so that no label is clipped (the browser test measures the real text and holds this to it).
import { charWidth } from '../text-width.js';

/** Average advance of a Latin character, as a share of the font size (wide for sans-serif faces). */
const LATIN_ADVANCE = 0.64;

/** Advance of a CJK (wide) character: one em. */
const WIDE_ADVANCE = 1.0;

/** An upper estimate of `text`'s width in pixels at `fontSize`. */
export function estimatedTextPx(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const columns = charWidth(ch);
    em += columns === 2 ? WIDE_ADVANCE : columns === 0 ? 0 : /[A-Z@%&MWmw]/.test(ch) ? 0.86 : LATIN_ADVANCE;
  }
  return Math.ceil(em * fontSize * 1.05);
}
