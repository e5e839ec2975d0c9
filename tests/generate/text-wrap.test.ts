// Line breaking for every screen (tables, interview questions): lines never wider than asked, words
// kept whole, CJK broken between characters but never before closing punctuation nor after opening
// punctuation, and not one character of the user's text lost. Then `dxplan show` for both examples,
// in all three languages at 80 and 140 columns, held to the same rules.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { show } from '../../src/app/show.js';
import { breakUnits, textWidth, wrapText } from '../../src/generate/text-width.js';
import { captureContext } from '../helpers/capture-context.js';

const CLOSING = [...'。，、；：？！）」』】》,.;:!?)'];
const OPENING = [...'（「『【《(['];

/** Every rule a wrapped text must keep. */
function expectWellWrapped(text: string, width: number, lines: string[]): void {
  for (const line of lines) {
    if (textWidth(line) > width) {
      // Only a unit wider than the whole line may overflow into a split; it is never wider after splitting.
      throw new Error(`line wider than ${width}: ${JSON.stringify(line)}`);
    }
  }
  for (let i = 1; i < lines.length; i++) {
    const first = [...lines[i]!][0];
    const previousLast = [...lines[i - 1]!].pop();
    if (first !== undefined && CLOSING.includes(first) && lines[i - 1] !== '') throw new Error(`line starts with ${first}: ${JSON.stringify(lines)}`);
    if (previousLast !== undefined && OPENING.includes(previousLast) && lines[i] !== '') throw new Error(`line ends with ${previousLast}: ${JSON.stringify(lines)}`);
  }
  expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
}

describe('wrapping', () => {
  test('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    const text = '售后需要送装、保养和上门维修。客户（尤其是老年客户）希望“一次到位”，不想反复预约！';
    for (let width = 8; width <= 40; width++) expectWellWrapped(text, width, wrapText(text, width));
    // The punctuation goes down with the character before it instead of starting the next line.
    expect(wrapText('需要送装、保养', 8)).toEqual(['需要送', '装、保养']);
  });

  test('keeps Latin words whole: no "posi / tioning", no "BP / M"', () => {
    expect(wrapText('Value positioning first, then BPM and PaaS.', 12)).toEqual(['Value', 'positioning', 'first, then', 'BPM and', 'PaaS.']);
    expect(wrapText('使用BPM系统，再上PaaS', 6)).toEqual(['使用', 'BPM系', '统，再', '上PaaS']);
  });

  test('splits a word only when it alone is wider than the line, and loses nothing', () => {
    expect(wrapText('https://example.com/a/very/long/path', 10)).toEqual(['https://ex', 'ample.com/', 'a/very/', 'long/path']);
    expect(wrapText('Ctrl-T shows the board', 6)).toEqual(['Ctrl-T', 'shows', 'the', 'board']);
    expect(wrapText('Lead-to-signed-contract conversion', 16)).toEqual(['Lead-to-signed-', 'contract', 'conversion']);
  });

  test('holds for any mix of Chinese, punctuation, Latin words and spaces', () => {
    const pieces = fc.constantFrom('需要', '送装', '、', '。', '（', '）', '「', '」', 'CRM', 'positioning', ' ', '，', '保养', 'a', '“', '”');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.integer({ min: 8, max: 30 }), (parts, width) => {
        const text = parts.join('');
        // A run of punctuation glued together that is itself wider than the line cannot keep the rules.
        if (breakUnits(text).some((u) => textWidth(u) > width)) return;
        expectWellWrapped(text, width, wrapText(text, width));
      }),
    );
  });
});

/** The table lines of some output. */
const tableLines = (out: string) => out.split('\n').filter((l) => /^[┌│├└]/.test(l));

/** The user's own text of a canvas file: every string value. */
function userTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(userTexts);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(userTexts);
  return [];
}

/** The cells of every box-drawn table in `out`, each cell's lines joined and all white space removed. */
function tableCells(out: string): string[] {
  const cells: string[] = [];
  let row: string[] = [];
  const flush = () => {
    cells.push(...row);
    row = [];
  };
  for (const line of out.split('\n')) {
    if (/^[├└┌]/.test(line)) flush();
    else if (line.startsWith('│')) {
      line
        .split('│')
        .slice(1, -1)
        .forEach((part, c) => (row[c] = (row[c] ?? '') + part.replace(/\s/g, '')));
    }
  }
  flush();
  return cells;
}

describe.each([80, 140])('dxplan show at %i columns', (columns) => {
  test.each(['en', 'zh-CN', 'zh-TW'])('every table of both examples fits in %s, words whole, nothing cut', async (lang) => {
    for (const example of ['home-furnishing', 'patient-service']) {
      for (const canvas of ['value-positioning', 'business-architecture', 'north-star', 'assessment', 'launch-plan']) {
        const cap = captureContext('en', process.cwd(), { NO_COLOR: '1', COLUMNS: String(columns) });
        expect(await show(cap.ctx, canvas, join('examples', example), lang)).toBe(0);
        const out = cap.out();
        const where = `${example} ${canvas} ${lang}`;
        for (const line of out.split('\n')) expect(textWidth(line), `${where}: ${line}`).toBeLessThanOrEqual(columns);
        for (const table of out.split('\n\n')) expect(new Set(tableLines(table).map(textWidth)).size, where).toBeLessThanOrEqual(1);
        expect(out, where).not.toContain('…');
        const cells = tableCells(out);
        const file = parse(readFileSync(join('examples', example, 'canvases', `${canvas}.yaml`), 'utf8'));
        for (const text of userTexts(file)) {
          const compact = text.replace(/\s/g, '');
          // A text shown in some cell (its start is there) is shown whole: not cut, no word lost.
          if (compact.length < 4 || /^[a-z0-9_.:-]+$/.test(compact) || !cells.some((c) => c.includes(compact.slice(0, 20)))) continue;
          expect(cells.some((c) => c.includes(compact)), `${where}: ${text}`).toBe(true);
        }
        // Latin words are never split across lines ("posi / tioning"): each one is on a single line somewhere.
        const shownTexts = userTexts(file).filter((text) => cells.some((c) => c.includes(text.replace(/\s/g, ''))));
        for (const word of shownTexts.join(' ').match(/[A-Za-z]{4,16}/g) ?? []) expect(out, `${where}: ${word}`).toContain(word);
      }
    }
  });
});
