// The picture formats `--render` accepts.

/** A format `dxplan build --render` can produce. */
export type RenderFormat = 'svg' | 'png' | 'pdf';

/** Every format, in the order they are produced. */
export const RENDER_FORMATS: readonly RenderFormat[] = ['svg', 'png', 'pdf'];

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
