// Every rule: one fixture that triggers it, the clean workspace and near misses that do not, and the
// severity settings of dxplan.yaml applied on top.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/domain/enums.js';
import { checkPlan } from '../../src/domain/check.js';
import { derivePlan } from '../../src/domain/model/index.js';
import { RULES } from '../../src/domain/rules/index.js';
import type { Problem } from '../../src/domain/problem.js';
import { sayMessages, speaker } from '../../src/i18n/text.js';
import { CASES } from './cases.js';
import { check, cleanWorkspace } from './fixture.js';

const where = (p: Problem) => `${p.path.join('.')}${p.key !== undefined ? `#${p.key}` : ''}`;
const ofRule = (findings: Problem[], rule: string) => findings.filter((f) => f.rule === rule);

describe('the clean workspace', () => {
  it('meets every rule', () => {
    expect(check(cleanWorkspace()).findings).toEqual([]);
  });
});

describe('every registered rule', () => {
  it('has a fixture', () => {
    expect(RULES.map((r) => r.id).filter((id) => !CASES[id])).toEqual([]);
  });
  it('has a unique id and a fixture only for rules that exist', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(CASES).filter((id) => !ids.includes(id))).toEqual([]);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const c = CASES[id]!;
  it(`fires on its fixture, at ${c?.path}`, () => {
    const ws = cleanWorkspace();
    c.trigger(ws);
    const found = ofRule(check(ws).findings, id);
    expect(found.length).toBeGreaterThan(0);
    expect(where(found[0]!)).toBe(c.path);
    expect(found[0]!.file).toBe(c.file ?? rule.file);
    expect(found[0]!.severity).toBe(rule.severity);
    expect(found[0]!.message).not.toMatch(/\{\w+\}/);
    expect(found[0]!.hint ?? '').not.toMatch(/\{\w+\}/);
  });
  for (const [name, mutate] of Object.entries(c?.pass ?? {})) {
    it(`stays silent when ${name}`, () => {
      const ws = cleanWorkspace();
      mutate(ws);
      expect(ofRule(check(ws).findings, id)).toEqual([]);
    });
  }
  it('speaks every locale', () => {
    const messages = LOCALES.map((locale) => {
      const ws = cleanWorkspace();
      c.trigger(ws);
      return ofRule(check(ws, locale).findings, id)[0]!;
    });
    const [en, zhCN, zhTW] = messages;
    expect(zhCN!.message).not.toBe(en!.message);
    expect(zhTW!.message).not.toBe(en!.message);
    for (const m of [zhCN!, zhTW!]) expect(`${m.message}${m.hint}`).toMatch(/\p{Script=Han}/u);
  });
});

describe('rule settings in dxplan.yaml', () => {
  it('turn a rule off', () => {
    const ws = cleanWorkspace();
    delete ws.northStar.chosen;
    ws.manifest.rules = { 'north-star/exactly-one': 'off' };
    expect(ofRule(check(ws).findings, 'north-star/exactly-one')).toEqual([]);
  });
  it('change a severity, up or down', () => {
    const ws = cleanWorkspace();
    delete ws.northStar.chosen;
    ws.valuePositioning.key_resources = [];
    ws.manifest.rules = { 'north-star/exactly-one': 'warning', 'value/key-resources': 'error' };
    const findings = check(ws).findings;
    expect(ofRule(findings, 'north-star/exactly-one').map((f) => f.severity)).toEqual(['warning']);
    expect(ofRule(findings, 'value/key-resources').map((f) => f.severity)).toEqual(['error']);
  });
  it('suggest the rule id meant by a typo', () => {
    const ws = cleanWorkspace();
    ws.manifest.rules = { 'canvas/function-serve-goal': 'off' };
    const [finding] = ofRule(check(ws).findings, 'config/unknown-rule');
    expect(finding!.hint).toContain('canvas/function-serves-goal');
  });
});

describe('labels', () => {
  it('come from the glossary in the report locale, and fall back to ids without one', () => {
    const ws = cleanWorkspace();
    ws.launchPlan.kickoff_audiences = ['sponsor'];
    expect(ofRule(check(ws, 'zh-TW').findings, 'delivery/kickoff-audiences')[0]!.message).toContain('執行團隊');
    expect(ofRule(check(ws, 'en').findings, 'delivery/kickoff-audiences')[0]!.message).toContain('participants, executing team');
    const bare = sayMessages(checkPlan(derivePlan(ws)).findings, speaker('en'));
    expect(ofRule(bare, 'delivery/kickoff-audiences')[0]!.message).toContain('participants, executing_team');
  });
});
