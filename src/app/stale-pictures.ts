// Pictures are never stale in silence: what each picture `--render` made came from is recorded in
// the build manifest, and every build compares it with what it generates now.
import type { PlanModel } from '../domain/model/index.js';
import type { CheckReport } from '../generate/check-report.js';
import type { DeckSpec, WorkbookSpec } from '../generate/deliverables/index.js';
import type { GenerateOptions, OutputFile } from '../generate/types.js';
import type { PictureSource, PlannedPicture } from '../render/write-outputs.js';
import type { AppContext } from './context.js';
import { createHash } from 'node:crypto';

/** SHA-256 of text or bytes, hex (the same as the manifest's). */
const sha256 = (contents: string | Uint8Array) => createHash('sha256').update(contents).digest('hex');

/** The deck and the workbook of a plan, each with the hash of everything it is made from. */
export interface Deliverables {
  deck: { spec: DeckSpec; from: string };
  workbook: { spec: WorkbookSpec; from: string };
}

/** The deck and workbook of the build, made once and only when asked for (a plain build rarely needs them). */
export function lazyDeliverables(plan: PlanModel, report: CheckReport, options: GenerateOptions, files: readonly OutputFile[]): () => Promise<Deliverables> {
  let made: Promise<Deliverables> | undefined;
  return () =>
    (made ??= (async () => {
      const { generateDeliverables } = await import('../generate/deliverables/index.js');
      const { deck, workbook } = generateDeliverables(plan, report, options);
      // The deck shows the diagrams: their sources are part of what it is made from.
      const diagrams = files.filter((f) => f.path.endsWith('.mmd')).map((f) => `${f.path}\n${String(f.contents)}`);
      return { deck: { spec: deck, from: sha256(JSON.stringify(deck) + diagrams.join('\n')) }, workbook: { spec: workbook, from: sha256(JSON.stringify(workbook)) } };
    })());
}

/**
 * How a recorded picture's source hashes now: a generated file by its contents, the deck and
 * workbook by their data; null when the source is no longer generated, undefined when `--only` left it out.
 */
export async function pictureSources(files: readonly OutputFile[], inScope: ((path: string) => boolean) | undefined, deliverables: () => Promise<Deliverables>): Promise<PictureSource> {
  const { DECK_PATH, WORKBOOK_PATH } = await import('../render/render-formats.js');
  const { PLAN_SOURCE } = await import('../render/render-build.js');
  const hashes = new Map(files.map((f) => [f.path, sha256(f.contents)]));
  return async (path, source) => {
    if (source === PLAN_SOURCE) {
      if (path === DECK_PATH) return (await deliverables()).deck.from;
      if (path === WORKBOOK_PATH) return (await deliverables()).workbook.from;
      return null;
    }
    if (hashes.has(source)) return hashes.get(source)!;
    return inScope && !inScope(source) ? undefined : null;
  };
}

/** The `--render` formats that refresh these pictures, in dxplan's order, comma-separated. */
export async function refreshFormats(pictures: readonly PlannedPicture[]): Promise<string> {
  const { RENDER_FORMATS, formatOfPicture } = await import('../render/render-formats.js');
  const wanted = new Set(pictures.map((p) => formatOfPicture(p.path)));
  return RENDER_FORMATS.filter((f) => wanted.has(f)).join(',');
}

/** One line per stale or orphaned picture, naming it and its source. */
export function stalePictureLines(ctx: AppContext, pictures: readonly PlannedPicture[], shown: (path: string) => string, shownSource: (source: string) => string): string[] {
  return pictures
    .filter((p) => p.state !== 'fresh')
    .map((p) => ctx.t(p.state === 'stale' ? 'build.pictures.stale' : 'build.pictures.orphan', { path: shown(p.path), source: shownSource(p.source) }));
}
