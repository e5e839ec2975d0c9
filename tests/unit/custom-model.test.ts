// A workspace can name its own assessment model: the ready-to-copy DCMM model in canvases/models/
// must be a valid model, and a workspace using it must load, check facet ids and level ranges
// against it, and point users at the model file rather than the built-in diamond.
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AssessmentModelSchema, type LocalizedText } from '../../src/domain/schemas/index.js';
import { translator } from '../../src/i18n/index.js';
import { loadWorkspace } from '../../src/store/load-workspace.js';
import { copyToTemp, removeTemp } from '../helpers/temp-workspace.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MODEL_PATH = join(ROOT, 'canvases/models/dcmm.model.yaml');
const FIXTURE = join(ROOT, 'tests/fixtures/dcmm-workspace');
const MODEL_FILE = 'models/dcmm.model.yaml';
const ASSESSMENT = 'canvases/assessment.yaml';

const DCMM_FACETS: [string, string][] = [
  ['data_strategy', '数据战略'],
  ['data_governance', '数据治理'],
  ['data_architecture', '数据架构'],
  ['data_application', '数据应用'],
  ['data_security', '数据安全'],
  ['data_quality', '数据质量'],
  ['data_standards', '数据标准'],
  ['data_lifecycle', '数据生存周期'],
];

/** DCMM's level names, which each level's text starts with, by locale. */
const LEVEL_NAMES: Record<keyof LocalizedText, string[]> = {
  en: ['Not started', 'Initial', 'Managed', 'Robust', 'Quantitatively managed', 'Optimising'],
  'zh-CN': ['未开展', '初始级', '受管理级', '稳健级', '量化管理级', '优化级'],
  'zh-TW': ['未開展', '初始級', '受管理級', '穩健級', '量化管理級', '優化級'],
};

/** Characters that exist only in Simplified script (a spot check, as in canvases.test.ts). */
const SIMPLIFIED_ONLY = '数据业务资产级务个们时对动发现经营标签说设计问题关键这实线产为结进过还转运维织组块码钱门风会员专导购户场态链连质规划财审报项录检测监储备档归类别权访记责负领统频议评价发训练层细则体沟团队术语义编变护复参与际应调络软库图处满确见标条称获达随总开给让识谁请读写约';

const loadModel = () => AssessmentModelSchema.parse(parse(readFileSync(MODEL_PATH, 'utf8')));
const t = translator('en');

describe('canvases/models/dcmm.model.yaml', () => {
  it('is a valid assessment model with the 8 DCMM domains in the standard order, each with levels 0-5', () => {
    const model = loadModel();
    expect(model.id).toBe('dcmm');
    expect(model.facets.map((f) => [f.id, f.name['zh-CN']])).toEqual(DCMM_FACETS);
    for (const facet of model.facets) {
      expect(facet.levels, facet.id).toHaveLength(6);
      expect(facet.summary, facet.id).toBeDefined();
    }
  });

  it('starts each level with its DCMM level name in every locale and says something different per domain', () => {
    const model = loadModel();
    for (const locale of ['en', 'zh-CN', 'zh-TW'] as const) {
      for (const facet of model.facets) {
        facet.levels.forEach((level, i) => expect(level[locale], `${facet.id}[${i}] ${locale}`).toMatch(new RegExp(`^${LEVEL_NAMES[locale][i]}[:：]`)));
      }
      // The same level must not be described with one sentence for every domain.
      for (let i = 0; i < 6; i++) expect(new Set(model.facets.map((f) => f.levels[i]![locale])).size).toBe(8);
    }
  });

  it('gives every facet 2 distinct recommendations within the level range', () => {
    for (const facet of loadModel().facets) {
      expect(facet.recommendations, facet.id).toHaveLength(2);
      expect(new Set(facet.recommendations.map((r) => r.id)).size, facet.id).toBe(2);
      for (const rec of facet.recommendations) expect(rec.below, `${facet.id}.${rec.id}`).toBeLessThanOrEqual(5);
    }
  });

  it('writes zh-TW text in Traditional characters', () => {
    const texts = (v: unknown): LocalizedText[] =>
      Array.isArray(v) ? v.flatMap(texts)
        : v && typeof v === 'object' ? ('zh-TW' in v ? [v as LocalizedText] : Object.values(v).flatMap(texts)) : [];
    const mixups = texts(loadModel()).flatMap((x) => [...x['zh-TW']].filter((c) => SIMPLIFIED_ONLY.includes(c)).map((c) => `${c} in ${x['zh-TW']}`));
    expect(mixups).toEqual([]);
  });

  it('starts with a comment saying how to use it', () => {
    const head = readFileSync(MODEL_PATH, 'utf8').split('\n').filter((l) => l.startsWith('#')).join('\n');
    expect(head).toContain('assessment_model: models/dcmm.model.yaml');
  });
});

describe('tests/fixtures/dcmm-workspace', () => {
  const temps: string[] = [];
  afterEach(async () => {
    await Promise.all(temps.splice(0).map(removeTemp));
  });

  /** A temporary copy of the fixture with its assessment rewritten by `edit`. */
  const withAssessment = async (edit: (text: string) => string) => {
    const dir = await copyToTemp(FIXTURE);
    temps.push(dir);
    const file = join(dir, ASSESSMENT);
    const text = edit(await readFile(file, 'utf8'));
    await writeFile(file, text);
    return { dir, text };
  };

  it('holds a byte-identical copy of the model', () => {
    expect(readFileSync(join(FIXTURE, MODEL_FILE)).equals(readFileSync(MODEL_PATH))).toBe(true);
  });

  it('loads with the DCMM model and no problems', async () => {
    const result = await loadWorkspace('tests/fixtures/dcmm-workspace', t, ROOT);
    expect(result.problems).toEqual([]);
    expect(result.workspace?.model.id).toBe('dcmm');
    expect(result.workspace?.modelFile).toBe(MODEL_FILE);
    expect(Object.keys(result.workspace!.assessment.facets).sort()).toEqual(DCMM_FACETS.map(([id]) => id).sort());
  });

  it('rejects a diamond facet id and names the workspace model file in the hint', async () => {
    const { dir, text } = await withAssessment((s) => s.replace('facets:\n', 'facets:\n  brain:\n    current: 1\n    target: 2\n'));
    const result = await loadWorkspace(dir, t, process.cwd());
    expect(result.workspace).toBeUndefined();
    const unknown = result.problems.filter((p) => p.rule === 'ref/unknown-id');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ severity: 'error', file: ASSESSMENT });
    expect(unknown[0]!.message).toContain('brain');
    expect(unknown[0]!.hint).toContain(MODEL_FILE);
    expect(unknown[0]!.hint).not.toContain('diamond');
    expect(unknown[0]!.line).toBe(text.split('\n').indexOf('  brain:') + 1);
  });

  it('rejects a level above DCMM level 5', async () => {
    const { dir } = await withAssessment((s) => s.replace('  data_quality:\n    current: 1\n', '  data_quality:\n    current: 6\n'));
    const result = await loadWorkspace(dir, t, process.cwd());
    expect(result.workspace).toBeUndefined();
    const range = result.problems.filter((p) => p.rule === 'schema/range');
    expect(range).toHaveLength(1);
    expect(range[0]).toMatchObject({ severity: 'error', file: ASSESSMENT, path: ['facets', 'data_quality', 'current'] });
    expect(range[0]!.message).toContain('5');
    expect(range[0]!.hint).toContain('dcmm');
  });
});
