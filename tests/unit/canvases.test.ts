// The built-in canvas definitions in canvases/ are data: each file must load, match its schema,
// and cover what the code looks up in it (enum labels, question ids, the diamond's facets and levels).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  ACCURACY,
  ALL_AREA_REQUIREMENTS,
  ALL_ROADMAP_SUBSTEPS,
  ARCHITECTURE_DIMENSIONS,
  CAPABILITY_AREAS,
  DELIVERY_RISK_KINDS,
  REQUIREMENT_TYPES,
  RISK_REVIEWS,
  RISK_STATUSES,
  SCOPE_STATUSES,
  COMPANY_SIZES,
  DATA_LEVELS,
  DELIVERY_DOCS,
  DELIVERY_STEPS,
  DESIGN_MODES,
  FOUR_LOOKS,
  FUNCTION_CATEGORIES,
  INDUSTRIES,
  INPUT_KINDS,
  KICKOFF_AUDIENCES,
  LOCALES,
  MODULE_DIMENSIONS,
  NORTH_STAR_CRITERIA,
  OPS_STAGES,
  PARTIES,
  PLATFORM_VALUE_DIMENSIONS,
  PRINCIPLES,
  RESOURCE_TYPES,
  ROADMAP_STAGES,
  ROLE_KINDS,
  SEVERITIES,
  SYSTEM_KINDS,
  SYSTEM_CHOICES,
  SYSTEM_CHOICE_REASONS,
  TUNING_TYPES,
  VALUE_KINDS,
} from '../../src/domain/enums.js';
import {
  AssessmentModelSchema,
  CANVAS_IDS,
  CanvasDefinitionSchema,
  GlossarySchema,
  type CanvasDefinition,
  type LocalizedText,
} from '../../src/domain/schemas/index.js';

const CANVASES_DIR = fileURLToPath(new URL('../../canvases/', import.meta.url));

const readYaml = (name: string): unknown => parse(readFileSync(join(CANVASES_DIR, name), 'utf8'));

/** Glossary group name for each enum of src/domain/enums.ts. */
const ENUM_GROUPS: Record<string, readonly string[]> = {
  party: PARTIES,
  value_kind: VALUE_KINDS,
  platform_value_dimension: PLATFORM_VALUE_DIMENSIONS,
  function_category: FUNCTION_CATEGORIES,
  module_dimension: MODULE_DIMENSIONS,
  design_mode: DESIGN_MODES,
  delivery_step: DELIVERY_STEPS,
  delivery_doc: DELIVERY_DOCS,
  kickoff_audience: KICKOFF_AUDIENCES,
  ops_stage: OPS_STAGES,
  resource_type: RESOURCE_TYPES,
  roadmap_stage: ROADMAP_STAGES,
  roadmap_substep: ALL_ROADMAP_SUBSTEPS,
  north_star_criterion: NORTH_STAR_CRITERIA,
  industry: INDUSTRIES,
  company_size: COMPANY_SIZES,
  four_looks: FOUR_LOOKS,
  principle: PRINCIPLES,
  role_kind: ROLE_KINDS,
  input_kind: INPUT_KINDS,
  locale: LOCALES,
  severity: SEVERITIES,
  accuracy: ACCURACY,
  data_level: DATA_LEVELS,
  system_kind: SYSTEM_KINDS,
  system_choice: SYSTEM_CHOICES,
  system_choice_reason: SYSTEM_CHOICE_REASONS,
  tuning_type: TUNING_TYPES,
  capability_area: CAPABILITY_AREAS,
  area_requirement: ALL_AREA_REQUIREMENTS,
  architecture_dimension: ARCHITECTURE_DIMENSIONS,
  scope_status: SCOPE_STATUSES,
  requirement_type: REQUIREMENT_TYPES,
  delivery_risk_kind: DELIVERY_RISK_KINDS,
  risk_review: RISK_REVIEWS,
  risk_status: RISK_STATUSES,
};

/** Question ids the interview looks up, per canvas; a definition may add more but not drop these. */
const REQUIRED_QUESTIONS: Record<(typeof CANVAS_IDS)[number], string[]> = {
  'value-positioning': [
    'scope_fit', 'demand_persona', 'demand_pain_points', 'demand_core_value', 'demand_value_kind', 'demand_measure',
    'resource_persona', 'resource_pain_points', 'resource_core_value', 'resource_value_kind', 'resource_measure',
    'platform_value_dimensions', 'platform_core_value', 'platform_measure', 'key_resources', 'principles',
  ],
  'business-architecture': [
    'goal_name', 'goal_id', 'goal_phase', 'function_name', 'function_id', 'function_category', 'function_module',
    'function_design_mode', 'function_rationale', 'function_frontline_incentive', 'role_choose', 'role_name',
    'role_kind', 'role_responsibility', 'cell_activity', 'module_exemption',
  ],
  'north-star': [
    'candidate_name', 'candidate_definition', 'score_direct_value', 'score_indirect_value', 'score_connects_resources',
    'score_cumulative', 'chosen', 'reason', 'input_name', 'input_kind', 'input_target', 'user_growth_target',
    'growth_by', 'effective_user', 'loyal_user', 'data_dimensions',
  ],
  assessment: ['assessed_on', 'current_level', 'target_level', 'notes', 'evidence', 'evidence_source', 'evidence_facets'],
  'launch-plan': [
    'start', 'phase_weeks', 'phase_owner', 'sponsor', 'project_lead', 'business_lead', 'kickoff_audiences',
    'documents', 'training_department', 'training_functions', 'training_rounds', 'training_exam', 'roadmap_stage',
    'roadmap_done', 'roadmap_planned', 'ops_stages', 'four_looks', 'training_assignment',
  ],
};

/** Methodology terms (§1) that documents use; the glossary must have them. */
const REQUIRED_TERMS = [
  'north_star_metric', 'cold_start', 'effective_user', 'loyal_user', 'core_value_point', 'business_feature_table',
  'gfr_canvas', 'key_operating_goal', 'product_architecture', 'diamond_model', 'four_looks', 'value_positioning',
  'business_architecture', 'key_resource', 'over_design',
];

/** Characters that exist only in Simplified script, so they must not appear in zh-TW text (a spot check, not a converter). */
const SIMPLIFIED_ONLY = '数据业务资产级务个们时对动发现经营标签说设计问题关键这实线产为结进过还转运维织组块码钱门风会员专导购户场态链连';
/** Characters that exist only in Traditional script, so they must not appear in zh-CN text. */
const TRADITIONAL_ONLY = '數據業務資產級個們時對動發現經營標籤說設計問題關鍵這實線產為結進過還轉運維織組塊碼錢門風會員專導購戶場態鏈連';

/** Every localized text in a parsed file, with a path for error messages. */
const localizedTexts = (value: unknown, path = ''): { path: string; text: LocalizedText }[] => {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string' && typeof record['zh-CN'] === 'string' && typeof record['zh-TW'] === 'string') {
    return [{ path, text: record as LocalizedText }];
  }
  return Object.entries(record).flatMap(([k, v]) => localizedTexts(v, path ? `${path}.${k}` : k));
};

const scriptMixups = (file: string): string[] =>
  localizedTexts(readYaml(file)).flatMap(({ path, text }) => [
    ...[...text['zh-TW']].filter((c) => SIMPLIFIED_ONLY.includes(c)).map((c) => `${path} zh-TW has simplified ${c}`),
    ...[...text['zh-CN']].filter((c) => TRADITIONAL_ONLY.includes(c)).map((c) => `${path} zh-CN has traditional ${c}`),
  ]);

/** The schema each file in canvases/ must match. */
const schemaFor = (file: string) => {
  if (file === 'glossary.yaml') return GlossarySchema;
  if (file.endsWith('.model.yaml')) return AssessmentModelSchema;
  return CanvasDefinitionSchema;
};

const loadGlossary = () => GlossarySchema.parse(readYaml('glossary.yaml'));
const loadModel = () => AssessmentModelSchema.parse(readYaml('diamond.model.yaml'));
const loadCanvas = (id: string): CanvasDefinition => CanvasDefinitionSchema.parse(readYaml(`${id}.canvas.yaml`));

describe('canvases/', () => {
  const files = readdirSync(CANVASES_DIR).filter((f) => f.endsWith('.yaml')).sort();

  it('holds the glossary, the diamond model and one definition per canvas, nothing else', () => {
    expect(files).toEqual(
      ['diamond.model.yaml', 'glossary.yaml', ...CANVAS_IDS.map((id) => `${id}.canvas.yaml`)].sort(),
    );
  });

  it.each(files)('%s matches its schema', (file) => {
    const result = schemaFor(file).safeParse(readYaml(file));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(files)('%s starts with a comment saying what it is', (file) => {
    expect(readFileSync(join(CANVASES_DIR, file), 'utf8')).toMatch(/^# \S/);
  });

  it.each(files)('%s uses the right script in each Chinese locale', (file) => {
    expect(scriptMixups(file)).toEqual([]);
  });
});

describe('canvases/glossary.yaml', () => {
  it.each(Object.entries(ENUM_GROUPS))('has a label for every %s value', (group, values) => {
    const { terms } = loadGlossary();
    const missing = values.map((v) => `${group}.${v}`).filter((key) => !(key in terms));
    expect(missing).toEqual([]);
  });

  it('has the methodology terms documents use, and at least 40 of them', () => {
    const { terms } = loadGlossary();
    const missing = REQUIRED_TERMS.map((t) => `term.${t}`).filter((key) => !(key in terms));
    expect(missing).toEqual([]);
    expect(Object.keys(terms).filter((key) => key.startsWith('term.')).length).toBeGreaterThanOrEqual(40);
  });

  it('keys every entry as <enum-group>.<value> or term.<id>', () => {
    const groups = new Set([...Object.keys(ENUM_GROUPS), 'term']);
    const stray = Object.keys(loadGlossary().terms).filter((key) => !groups.has(key.split('.')[0] ?? ''));
    expect(stray).toEqual([]);
  });
});

describe('canvases/diamond.model.yaml', () => {
  it('has the six facets in order, grouped as four capabilities and two lines', () => {
    const model = loadModel();
    expect(model.id).toBe('diamond');
    expect(model.facets.map((f) => [f.id, f.group, f.weight])).toEqual([
      ['data', 'capability', 1],
      ['system', 'capability', 1],
      ['brain', 'capability', 1],
      ['organisation', 'capability', 1],
      ['user_growth_line', 'line', 1],
      ['cost_efficiency_line', 'line', 1],
    ]);
  });

  it('gives every facet levels 0-5, a summary and 2-4 distinct recommendations within range', () => {
    for (const facet of loadModel().facets) {
      expect(facet.levels, facet.id).toHaveLength(6);
      expect(facet.summary, facet.id).toBeDefined();
      expect(facet.recommendations.length, facet.id).toBeGreaterThanOrEqual(2);
      expect(facet.recommendations.length, facet.id).toBeLessThanOrEqual(4);
      for (const rec of facet.recommendations) expect(rec.below, `${facet.id}.${rec.id}`).toBeLessThan(facet.levels.length);
      const ids = facet.recommendations.map((r) => r.id);
      expect(new Set(ids).size, facet.id).toBe(ids.length);
    }
  });
});

describe.each(CANVAS_IDS.map((id, i) => [id, i + 1] as const))('canvases/%s.canvas.yaml', (id, order) => {
  it('is the canvas of that id, order and workspace file', () => {
    const canvas = loadCanvas(id);
    expect([canvas.id, canvas.order, canvas.file]).toEqual([id, order, `canvases/${id}.yaml`]);
  });

  it('has every question the interview asks, each id once', () => {
    const ids = loadCanvas(id).questions.map((q) => q.id);
    expect(REQUIRED_QUESTIONS[id].filter((q) => !ids.includes(q))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every question an example and a methodology source', () => {
    const incomplete = loadCanvas(id).questions.filter((q) => !q.example || !q.source?.startsWith('§')).map((q) => q.id);
    expect(incomplete).toEqual([]);
  });
});
