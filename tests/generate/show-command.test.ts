// `dxplan show`: each canvas as a terminal table whose lines all have the same display width,
// Chinese characters counting two columns.
import { describe, expect, test } from 'vitest';
import { show } from '../../src/app/show.js';
import { fitColumns, textWidth, wrapText } from '../../src/generate/text-width.js';
import { captureContext } from '../helpers/capture-context.js';

/** The table lines (box-drawing borders) of some output. */
const tableLines = (out: string) => out.split('\n').filter((l) => /^[┌│├└]/.test(l));

async function run(canvas: string, dir: string, columns = 100) {
  const cap = captureContext('en', process.cwd(), { NO_COLOR: '1', COLUMNS: String(columns) });
  const code = await show(cap.ctx, canvas, dir);
  return { code, out: cap.out(), err: cap.err() };
}

describe('dxplan show', () => {
  test.each(['value-positioning', 'business-architecture', 'north-star', 'assessment', 'launch-plan'])('%s of the Chinese example lines up and fits the terminal', async (canvas) => {
    const { code, out } = await run(canvas, 'examples/patient-service', 90);
    expect(code).toBe(0);
    const lines = tableLines(out);
    expect(lines.length).toBeGreaterThan(3);
    for (const table of out.split('\n\n')) {
      const widths = new Set(tableLines(table).map(textWidth));
      expect(widths.size).toBe(1);
      expect([...widths][0]).toBeLessThanOrEqual(90);
    }
  });

  test('the business feature table shows goals, functions and roles in the workspace language', async () => {
    const { out } = await run('business-architecture', 'examples/patient-service', 140);
    expect(out).toContain('业务功能表');
    expect(out).toMatch(/│ 目标 +│ 功能 +│/);
  });

  test('an unknown canvas is a usage error with a suggestion', async () => {
    const { code, err } = await run('north-stars', 'examples/home-furnishing');
    expect(code).toBe(2);
    expect(err).toContain('unknown canvas "north-stars"');
    expect(err).toContain('did you mean "north-star"');
  });
});

describe('text width', () => {
  test('CJK and fullwidth characters take two columns, combining marks none', () => {
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('患者入组')).toBe(8);
    expect(textWidth('（）')).toBe(4);
    expect(textWidth('e\u0301')).toBe(1);
  });

  test('wrapping breaks Chinese anywhere and English at spaces, never past the width', () => {
    expect(wrapText('患者入组与随访服务', 6)).toEqual(['患者入', '组与随', '访服务']);
    expect(wrapText('Unified lead inbox', 10)).toEqual(['Unified', 'lead inbox']);
    expect(wrapText('supercalifragilistic', 8)).toEqual(['supercal', 'ifragili', 'stic']);
    expect(wrapText('医生 doctor 入驻', 8)).toEqual(['医生', 'doctor', '入驻']);
    for (const line of wrapText('签约医生：扫邀请码入驻，上传执业证书 and choose a template', 11)) expect(textWidth(line)).toBeLessThanOrEqual(11);
  });

  test('columns are narrowed widest first until they fit', () => {
    expect(fitColumns([10, 50, 20], 100)).toEqual([10, 50, 20]);
    expect(fitColumns([10, 50, 20], 60)).toEqual([10, 30, 20]);
    expect(fitColumns([10, 50, 40], 70)).toEqual([10, 30, 30]);
    expect(fitColumns([30, 30], 4)).toEqual([6, 6]);
  });
});
