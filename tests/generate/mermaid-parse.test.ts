// Every generated Mermaid diagram is checked with Mermaid's own parser, in Node, without a browser:
// DOMPurify has no window here, so its hooks are stubbed (toolchain.md §2) before mermaid loads.
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateDocuments } from '../../src/generate/generate-documents.js';
import { derivePlan } from '../../src/domain/model/index.js';
import type { Workspace } from '../../src/domain/workspace.js';
import { loadFixture } from './load-fixture.js';

type Mermaid = { parse(text: string): Promise<unknown> };
let mermaid: Mermaid;

beforeAll(async () => {
  const { default: DOMPurify } = (await import('dompurify')) as unknown as { default: Record<string, unknown> & { isSupported: boolean; sanitize: (s: string, ...r: unknown[]) => string } };
  DOMPurify.addHook ??= () => {};
  DOMPurify.removeHook ??= () => {};
  DOMPurify.removeAllHooks ??= () => {};
  const original = DOMPurify.sanitize;
  DOMPurify.sanitize = (s: string, ...r: unknown[]) => (DOMPurify.isSupported ? original(s, ...r) : String(s));
  mermaid = ((await import('mermaid')) as unknown as { default: Mermaid }).default;
}, 60_000);

/** The .mmd files of a workspace's build, by path. */
function diagramsOf(ws: Workspace, options: Awaited<ReturnType<typeof loadFixture>>['options'], report: Awaited<ReturnType<typeof loadFixture>>['report']) {
  return generateDocuments(derivePlan(ws), report, { ...options, only: ['diagrams'] }).map((f) => ({ path: f.path, text: String(f.contents) }));
}

const WORKSPACES = ['examples/home-furnishing', 'examples/patient-service', 'tests/golden/cases/hostile/input', 'tests/golden/cases/zh-tw-small/input'];

describe('generated diagrams parse with mermaid', () => {
  test.each(WORKSPACES)('%s', async (dir) => {
    const { ws, report, options } = await loadFixture(dir);
    const diagrams = diagramsOf(ws, options, report);
    expect(diagrams.length).toBeGreaterThanOrEqual(5);
    for (const d of diagrams) await expect(mermaid.parse(d.text), d.path).resolves.toBeTruthy();
  });

  test('the eight diagram kinds are all produced and the large canvases are split per goal', async () => {
    const { ws, report, options } = await loadFixture('examples/home-furnishing');
    const paths = diagramsOf(ws, options, report).map((d) => d.path);
    for (const kind of ['value-network', 'product-architecture', 'capability-areas', 'north-star-tree', 'diamond-radar', 'roadmap', 'launch-gantt']) {
      expect(paths).toContain(`diagrams/${kind}.mmd`);
    }
    expect(paths.filter((p) => p.startsWith('diagrams/business-architecture-'))).toHaveLength(ws.businessArchitecture.goals.length);
  });

  test('a malformed diagram is rejected, so the checks above can fail', async () => {
    await expect(mermaid.parse('flowchart LR\n  a["unterminated]')).rejects.toThrow();
    await expect(mermaid.parse('flowchart LR\n  a["x"y"]')).rejects.toThrow();
  });

  // Hostile text everywhere a label goes: Mermaid syntax, directives, entities, HTML, CJK, emoji.
  const hostile = fc
    .array(fc.oneof(fc.constantFrom('"', "'", '#', '%%', '%%{init: {"theme":"dark"}}%%', '{', '}', '[', ']', '(', ')', '|', ';', ':', '-->', '---', '<br>', '<script>', '&lt;', '#quot;', '#35;', '`', '\\', 'end', 'style', 'classDef x fill:#f00;', '\n', '中文', '，', '😀'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join(''))
    .filter((s) => s.trim().length > 0);

  test('any label text keeps every diagram parseable', async () => {
    const { ws, report, options } = await loadFixture('tests/golden/cases/zh-tw-small/input');
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, async (a, b, c) => {
        const mutated: Workspace = structuredClone(ws);
        mutated.manifest.name = a;
        mutated.businessArchitecture.goals[0]!.name = a;
        mutated.businessArchitecture.functions[0]!.name = b;
        mutated.businessArchitecture.roles[0]!.name = c;
        mutated.businessArchitecture.cells[0]!.roles[0]!.activity = b;
        mutated.valuePositioning.parties.demand_side.core_value.statement = c;
        mutated.valuePositioning.key_resources[0]!.name = b;
        mutated.northStar.candidates[0]!.name = c;
        mutated.northStar.inputs[0]!.name = a;
        mutated.northStar.inputs[0]!.target = b;
        mutated.businessArchitecture.module_exemptions = { content_dimension: a };
        for (const d of diagramsOf(mutated, options, report)) await mermaid.parse(d.text);
      }),
      { numRuns: process.env.DXPLAN_FAST ? 15 : 60, seed: 20261121 },
    );
  });
});
