// The formats `--render` accepts: pictures, the PDF, the deck and the workbook.

/** A format `dxplan build --render` can produce. */
export type RenderFormat = 'svg' | 'png' | 'pdf' | 'pptx' | 'xlsx';

/** Every format, in the order they are produced. */
export const RENDER_FORMATS: readonly RenderFormat[] = ['svg', 'png', 'pdf', 'pptx', 'xlsx'];

/** The formats whose files are drawn in the browser (the workbook needs none). */
export const BROWSER_FORMATS: readonly RenderFormat[] = ['svg', 'png', 'pdf', 'pptx'];

/** Where the deck and the workbook go in the output folder. */
export const DECK_PATH = 'plan-deck.pptx';
export const WORKBOOK_PATH = 'plan-workbook.xlsx';

/** The format that refreshes a picture file, from its name (for the "left stale" hint). */
export function formatOfPicture(path: string): RenderFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (RENDER_FORMATS as readonly string[]).includes(ext ?? '') ? (ext as RenderFormat) : undefined;
}

/** Parses `svg,png,pdf` (any order, spaces and case ignored, duplicates merged), or names the bad entry. */
export function parseRenderFormats(value: string): { formats: RenderFormat[] } | { invalid: string } {
  const wanted = new Set<RenderFormat>();
  const parts = value.split(',').map((part) => part.trim().toLowerCase());
  for (const part of parts) {
    if (!(RENDER_FORMATS as readonly string[]).includes(part)) return { invalid: part };
    wanted.add(part as RenderFormat);
  }
  return { formats: RENDER_FORMATS.filter((format) => wanted.has(format)) };
}
