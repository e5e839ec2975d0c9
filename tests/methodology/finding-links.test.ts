// Every finding, hint and recommendation of `dxplan check` points into the shipped methodology
// guide instead of citing a bare "§": run on both examples and on a fresh `init` in every locale,
// the output holds no "§", every JSON `guide` link hits an anchor of the guide in that locale, and
// every "see:" line of the text output names a topic `dxplan explain` knows or a guide anchor.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../src/app/check.js';
import { explainTopicIds } from '../../src/app/explain.js';
import { LOCALES, type Locale } from '../../src/domain/enums.js';
import { guideFile, ruleAnchor } from '../../src/domain/guide.js';
import { translator } from '../../src/i18n/index.js';
import { initWorkspace } from '../../src/store/init-workspace.js';
import { captureContext } from '../helpers/capture-context.js';
import { removeTemp } from '../helpers/temp-workspace.js';
import { parsedGuide, ROOT } from './guide-anchors.js';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map(removeTemp)));

/** A fresh `dxplan init` workspace in `locale`. */
async function freshInit(locale: Locale): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `dxplan-links-${locale}-`));
  temps.push(dir);
  await initWorkspace({ dir, locale, force: false });
  return dir;
}

/** `dxplan check` in-process, from the repository root, in `locale`. */
async function check(dir: string, locale: Locale, format: 'text' | 'json') {
  const run = captureContext(locale, ROOT);
  const code = await runCheckCommand(run.ctx, dir, { lang: locale, format });
  return { code, out: run.out(), err: run.err() };
}

const guides = new Map(LOCALES.map((l) => [l, parsedGuide(l)]));
const topics = new Set(await explainTopicIds(translator('en')));

/** Resolves a `docs/methodology/<locale>.md#anchor` link (relative to the package or to the folder it was printed from). */
function expectGuideLink(link: string, locale: Locale, where: string) {
  const [path, anchor] = link.split('#');
  expect(resolve(ROOT, path!), `${where}: ${link} is the ${locale} guide`).toBe(resolve(ROOT, guideFile(locale)));
  expect(guides.get(locale)!.anchors.has(anchor!), `${where}: #${anchor} is an anchor of ${guideFile(locale)}`).toBe(true);
}

const workspaces: [string, () => Promise<string>][] = [
  ['examples/home-furnishing', async () => join(ROOT, 'examples/home-furnishing')],
  ['examples/patient-service', async () => join(ROOT, 'examples/patient-service')],
  ...LOCALES.map((l): [string, () => Promise<string>] => [`a fresh init (${l})`, () => freshInit(l)]),
];

describe.each(workspaces)('dxplan check on %s', (_name, workspace) => {
  it.each(LOCALES)('in %s: JSON findings and recommendations link into the guide, and nothing cites a bare §', async (locale) => {
    const dir = await workspace();
    const { out } = await check(dir, locale, 'json');
    expect(out).not.toMatch(/§/);
    const json = JSON.parse(out) as { findings: { rule: string; guide: string; message: string; hint?: string }[]; recommendations: { id: string; guide: string; text: string }[] };
    expect(json.findings.length + json.recommendations.length).toBeGreaterThan(0);
    for (const f of json.findings) {
      expect(f.guide, f.rule).toBe(`${guideFile(locale)}#${ruleAnchor(f.rule)}`);
      expectGuideLink(f.guide, locale, f.rule);
    }
    for (const r of json.recommendations) expectGuideLink(r.guide, locale, r.id);
  });

  it.each(LOCALES)('in %s: every finding and recommendation of the text output says where to read more', async (locale) => {
    const dir = await workspace();
    const { out } = await check(dir, locale, 'text');
    expect(out).not.toMatch(/§/);
    const lines = out.split('\n');
    const findings = lines.filter((l) => /^\S+:\d+:\d+ {2}(error|warning|info) {2}/.test(l)).length;
    const advice = lines.filter((l) => l.startsWith('  • ')).length;
    const sees = lines.flatMap((l) => /^ {4}(?:see: |参见：|參見：)(.+)$/.exec(l)?.[1] ?? []);
    expect(sees.length, 'one "see" line per finding and per recommendation').toBe(findings + advice);
    for (const target of sees) {
      const explain = /^dxplan explain (\S+)$/.exec(target);
      if (explain) expect(topics.has(explain[1]!), `${target} is a topic of dxplan explain`).toBe(true);
      else expectGuideLink(target, locale, target);
    }
  });
});
