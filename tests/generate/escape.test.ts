// The escape helpers: user text comes out intact and harmless in Markdown, CSV, Mermaid and HTML.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvField, UTF8_BOM } from '../../src/generate/escape/csv.js';
import { toCsvFile } from '../../src/generate/feature-table.js';
import { escapeHtml } from '../../src/generate/escape/html.js';
import { markdownCell, markdownInline } from '../../src/generate/escape/markdown-cell.js';
import { mermaidId, mermaidLabel } from '../../src/generate/escape/mermaid-label.js';

const HOSTILE = 'A | B "quoted" <script>alert(1)</script> --> %%{init}';

/** Reads CSV as RFC 4180 defines it (quoted fields, doubled quotes, CRLF records). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

/** What a CommonMark renderer shows for inline text made only of escapes, `<br>` and `&amp;`. */
const unescapeMarkdown = (s: string) => s.replace(/<br>/g, '\n').replace(/&amp;/g, '&').replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** markdownInline before its fast path for text with nothing to escape: every text must come out the same. */
function markdownInlineReference(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_[\]<>|~$]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s+/, '')
        .replace(/^(#{1,6}|[+-])(?=\s|$)/, '\\$1')
        .replace(/^([=-])(?=[=\s-]*$)/, '\\$1')
        .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2'),
    )
    .join('<br>');
}

describe('markdown', () => {
  test('the fast path for plain text changes nothing: the same output as the full escaping', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom(' x', '\u3000x', '# h', '1. a', '- b', '=', 'a&amp;b', 'a\nb', 'plain name', '1', '+'));
    fc.assert(fc.property(text, (t) => {
      expect(markdownInline(t)).toBe(markdownInlineReference(t));
    }), { numRuns: 5000, seed: 15 });
  });

  test('the hostile goal name stays literal in a table cell', () => {
    expect(markdownCell(HOSTILE)).toBe('A \\| B "quoted" \\<script\\>alert(1)\\</script\\> --\\> %%{init}');
  });

  test('line starts cannot open a heading, list, quote or rule; line breaks stay in the cell', () => {
    expect(markdownInline('# title\n- item\n1. one\n> quote\n+ plus\n===\n---')).toBe('\\# title<br>\\- item<br>1\\. one<br>\\> quote<br>\\+ plus<br>\\===<br>\\---');
  });

  test('ordinary line starts are left readable', () => {
    expect(markdownInline('3.5, up from 2.2\n#5 on the list\n-10% cost\n2024 plan')).toBe('3.5, up from 2.2<br>#5 on the list<br>-10% cost<br>2024 plan');
  });

  test('emphasis, code, links, strikethrough, math and entities are shown as typed', () => {
    expect(markdownInline('*a* _b_ `c` [d](e) ~~f~~ $g$ &lt; R&D')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\~\\~f\\~\\~ \\$g\\$ &amp;lt; R&D');
  });

  test('any text: no raw pipe or line break survives, and unescaping gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const cell = markdownCell(s);
        expect(cell).not.toMatch(/(^|[^\\])\|/);
        expect(cell).not.toMatch(/[\r\n]/);
        expect(cell).not.toMatch(/(^|[^\\])</);
        const lines = s.trim().replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/^\s+/, ''));
        expect(unescapeMarkdown(cell)).toBe(lines.join('\n'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('csv', () => {
  test('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(HOSTILE)).toBe('"A | B ""quoted"" <script>alert(1)</script> --> %%{init}"');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  test('a cell a spreadsheet would run as a formula gets an apostrophe first', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@cmd')).toBe("'@cmd");
  });

  // As the CSV template writes it: fields escaped by the csv helper, LF lines, then toCsvFile.
  const csvDocument = (header: string[], rows: string[][]) => toCsvFile([header, ...rows].map((r) => `${r.map(csvField).join(',')}\n`).join(''));

  test('a document starts with the UTF-8 BOM and ends records with CRLF; any text round-trips', () => {
    const doc = csvDocument(['目标', 'x'], [['患者，入组', 'a"b']]);
    expect(doc.startsWith(UTF8_BOM)).toBe(true);
    expect(doc).toBe(`${UTF8_BOM}目标,x\r\n"患者，入组","a""b"\r\n`.replace('"患者，入组"', '患者，入组'));
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }).filter((s) => !/^[=+\-@\t\r]/.test(s)), { minLength: 1, maxLength: 5 }), (fields) => {
        const text = csvDocument(['h'], [fields]).slice(1);
        expect(parseCsv(text)).toEqual([['h'], fields]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('mermaid', () => {
  test('the hostile goal name has no quote, comment, directive or tag left', () => {
    const label = mermaidLabel(HOSTILE);
    expect(label).toBe('A #124; B #34;quoted#34; #60;script#62;alert(1)#60;/script#62; --#62; #37;#37;{init}');
    for (const bad of ['"', '%%', '<', '>', '|']) expect(label).not.toContain(bad);
  });

  test('decoding the entities, as Mermaid does, gives back the text on one line', () => {
    const decode = (s: string) => s.replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const label = mermaidLabel(s);
        // Outside the entities nothing special is left; every # starts an entity, so user text
        // such as "#quot;" cannot become one.
        expect(label.replace(/#\d+;/g, '')).not.toMatch(/["#%<>`:;|\n\r]/);
        expect(decode(label)).toBe(s.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 300 },
    );
  });

  test('node ids come from workspace ids only, stay distinct and avoid keywords', () => {
    expect(mermaidId('g', 'end')).toBe('g_end');
    expect(mermaidId('f', 'a-b')).toBe('f_a_Hb');
    expect(mermaidId('f', 'a-b')).not.toBe(mermaidId('f', 'a_b'));
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/), fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/), (a, b) => {
        expect(mermaidId('x', a)).toMatch(/^x_[A-Za-z0-9_]+$/);
        if (a !== b) expect(mermaidId('x', a)).not.toBe(mermaidId('x', b));
      }),
    );
  });
});

describe('html', () => {
  test('escapes markup and quotes', () => {
    expect(escapeHtml(HOSTILE)).toBe('A | B &quot;quoted&quot; &lt;script&gt;alert(1)&lt;/script&gt; --&gt; %%{init}');
    expect(escapeHtml(`it's & <b>`)).toBe('it&#39;s &amp; &lt;b&gt;');
  });
});
