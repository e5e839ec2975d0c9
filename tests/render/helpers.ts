// Shared set-up of the render tests: a throw-away workspace holding the fixture diagrams.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildFile } from '../../src/render/render-build.js';

/** The fixture folder of the render tests. */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The Chromium the browser tests drive; CI installs Debian's package at this path. */
export const CHROMIUM = process.env.DXPLAN_TEST_BROWSER ?? '/usr/bin/chromium';

/** A temporary workspace whose `docs/diagrams/` holds the given diagrams, as the build would leave it. */
export async function diagramWorkspace(diagrams: Record<string, string>): Promise<{ dir: string; outDir: string; files: BuildFile[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'dxplan-render-test-'));
  const outDir = join(dir, 'docs');
  await mkdir(join(outDir, 'diagrams'), { recursive: true });
  const files: BuildFile[] = [];
  for (const [name, contents] of Object.entries(diagrams)) {
    const path = `diagrams/${name}`;
    await writeFile(join(outDir, path), contents);
    files.push({ path, contents });
  }
  return { dir, outDir, files };
}

/** Every good fixture diagram (one of each type the build produces), by file name. */
export async function goodDiagrams(): Promise<Record<string, string>> {
  const folder = join(FIXTURES, 'diagrams');
  const names = (await readdir(folder)).filter((n) => n.endsWith('.mmd')).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(folder, n), 'utf8')] as const)));
}

/** A small HTML report with the SVGs inlined, standing in for the build's report until it lands. */
export function reportHtml(svgs: ReadonlyMap<string, string>): string {
  const figures = [...svgs].map(([path, svg]) => `<figure><figcaption>${path}</figcaption>${svg}</figure>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plan report</title></head><body><h1>Plan report</h1>\n${figures}\n</body></html>\n`;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const buffer = Buffer.from(bytes);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buffer.subarray(0, 8).equals(signature)) throw new Error('not a PNG: bad signature');
  if (buffer.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: no IHDR');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Whether fontconfig knows a font for Chinese; without one dxplan must warn that PNG and PDF show boxes. */
export function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}
