// `--render pptx`: the deck spec written with pptxgenjs, diagrams as pictures, East-Asian font
// faces set explicitly (PowerPoint and WPS otherwise fall back to a face without Chinese), then
// re-packed with the workspace's date so the same plan gives the same bytes.
import type { DeckSpec, SlideSpec } from '../generate/deliverables/index.js';
import { metaInstant } from '../generate/deliverables/document-meta.js';
import { PALETTE } from '../generate/mermaid/theme.js';
import { fixZip, officeInstant } from './fixed-zip.js';

/** Slide size (16:9, inches) and the content frame under the title. */
const SLIDE = { width: 13.333, height: 7.5, margin: 0.5, top: 1.3, footer: 7.05 } as const;

/** A palette colour as pptxgenjs wants it: hex without `#`. */
const hex = (color: string) => color.replace('#', '').toUpperCase();

/** Width and height of a PNG from its header. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(bytes);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The box a picture of `size` fills inside `frame`, centred, keeping its proportions. */
function fit(size: { width: number; height: number }, frame: { x: number; y: number; w: number; h: number }) {
  const scale = Math.min(frame.w / size.width, frame.h / size.height);
  const w = size.width * scale;
  const h = size.height * scale;
  return { x: frame.x + (frame.w - w) / 2, y: frame.y + (frame.h - h) / 2, w, h };
}

/**
 * The deck as PPTX bytes. `pictures` maps a diagram's `.mmd` path to its PNG; a slide whose
 * picture is missing says so instead of breaking. pptxgenjs is loaded only here.
 */
export async function writeDeck(spec: DeckSpec, pictures: ReadonlyMap<string, Uint8Array>, missingPicture: (path: string) => string): Promise<Uint8Array> {
  const { default: PptxGenJS } = (await import('pptxgenjs')) as unknown as { default: new () => import('pptxgenjs').default };
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = spec.meta.author;
  pptx.company = spec.meta.author;
  pptx.subject = spec.meta.subject;
  pptx.title = spec.meta.title;
  pptx.revision = '1';
  pptx.theme = { headFontFace: spec.fonts.latin, bodyFontFace: spec.fonts.latin };
  const font = { fontFace: spec.fonts.latin, lang: spec.meta.language };
  const ink = hex(PALETTE.ink);

  const titled = (title: string) => {
    const slide = pptx.addSlide();
    slide.addText(title, { ...font, x: SLIDE.margin, y: 0.35, w: SLIDE.width - 2 * SLIDE.margin, h: 0.75, fontSize: 26, bold: true, color: hex(PALETTE.primary), fit: 'shrink', valign: 'middle' });
    slide.addShape('line', { x: SLIDE.margin, y: 1.1, w: SLIDE.width - 2 * SLIDE.margin, h: 0, line: { color: hex(PALETTE.layerBorder), width: 1.5 } });
    slide.addText(spec.meta.title, { ...font, x: SLIDE.margin, y: SLIDE.footer, w: 9, h: 0.3, fontSize: 9, color: hex(PALETTE.muted) });
    slide.slideNumber = { x: SLIDE.width - SLIDE.margin - 0.8, y: SLIDE.footer, w: 0.8, h: 0.3, fontSize: 9, color: hex(PALETTE.muted), fontFace: spec.fonts.latin, align: 'right' };
    return slide;
  };
  const frame = { x: SLIDE.margin, y: SLIDE.top, w: SLIDE.width - 2 * SLIDE.margin, h: SLIDE.footer - SLIDE.top - 0.15 };

  const add = (s: SlideSpec) => {
    switch (s.kind) {
      case 'cover': {
        const slide = pptx.addSlide();
        slide.background = { color: hex(PALETTE.primary) };
        slide.addText(s.title, { ...font, x: 0.8, y: 2.2, w: SLIDE.width - 1.6, h: 1.4, fontSize: 40, bold: true, color: hex(PALETTE.white), fit: 'shrink' });
        slide.addText(s.subtitle, { ...font, x: 0.8, y: 3.7, w: SLIDE.width - 1.6, h: 0.6, fontSize: 20, color: hex(PALETTE.primaryLight) });
        slide.addText(s.lines.join('\n'), { ...font, x: 0.8, y: 4.6, w: SLIDE.width - 1.6, h: 1.2, fontSize: 14, color: hex(PALETTE.primaryLight), valign: 'top' });
        return;
      }
      case 'bullets': {
        const slide = titled(s.title);
        slide.addText(
          s.bullets.map((b) => ({ text: b.text, options: { bullet: b.level === 0 ? true : { indent: 18 }, indentLevel: b.level, fontSize: b.level === 0 ? 20 : 16, color: ink, breakLine: true, paraSpaceAfter: 6 } })),
          { ...font, ...frame, valign: 'top', fit: 'shrink' },
        );
        return;
      }
      case 'table': {
        const slide = titled(s.title);
        const total = s.widths.reduce((a, b) => a + b, 0);
        const colW = s.widths.map((w) => (w / total) * frame.w);
        const head = s.head.map((text) => ({ text, options: { bold: true, color: hex(PALETTE.white), fill: { color: hex(PALETTE.primary) } } }));
        const body = s.rows.map((row, r) => row.map((text) => ({ text, options: { color: ink, fill: { color: hex(r % 2 ? PALETTE.layer : PALETTE.white) } } })));
        slide.addTable([head, ...body], { ...font, x: frame.x, y: frame.y, w: frame.w, colW, fontSize: s.fontSize, border: { type: 'solid', pt: 0.75, color: hex(PALETTE.layerBorder) }, valign: 'top', autoPage: false });
        return;
      }
      case 'picture': {
        const slide = titled(s.title);
        const png = pictures.get(s.diagram);
        const box = { ...frame, h: frame.h - (s.note ? 0.6 : 0) };
        if (png) slide.addImage({ data: `image/png;base64,${Buffer.from(png).toString('base64')}`, ...fit(pngSize(png), box) });
        else slide.addText(missingPicture(s.diagram), { ...font, ...box, fontSize: 16, color: hex(PALETTE.muted), align: 'center' });
        if (s.note) slide.addText(s.note, { ...font, x: frame.x, y: frame.y + box.h + 0.1, w: frame.w, h: 0.5, fontSize: 14, color: ink, fit: 'shrink' });
        return;
      }
    }
  };
  for (const s of spec.slides) add(s);

  const raw = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  const created = metaInstant(spec.meta.created);
  const modified = metaInstant(spec.meta.modified) ?? created;
  const latinEa = new RegExp(`<a:ea typeface="${spec.fonts.latin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'g');
  return fixZip(raw, modified, (name, text) => {
    if (name === 'docProps/core.xml') {
      return text
        .replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${officeInstant(created)}`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${officeInstant(modified)}`);
    }
    // Chinese text needs an East-Asian face named: in every run, and as the theme's default.
    if (name.startsWith('ppt/theme/')) return text.replace(/<a:ea typeface="[^"]*"\/>/g, `<a:ea typeface="${spec.fonts.eastAsian}"/>`).replace(/(<a:latin typeface="[^"]*"\/>)(?!<a:ea)/g, `$1<a:ea typeface="${spec.fonts.eastAsian}"/>`);
    if (name.startsWith('ppt/slides/') || name.startsWith('ppt/slideLayouts/') || name.startsWith('ppt/slideMasters/')) return text.replace(latinEa, `<a:ea typeface="${spec.fonts.eastAsian}"`);
    return text;
  });
}
