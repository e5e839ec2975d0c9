// The branches of the four §14.4 seed rules that the one-fixture-per-rule runner does not reach:
// each message a planner would read, where it points, and in Chinese.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/domain/problem.js';
import { check, cleanWorkspace } from './fixture.js';

const ofRule = (findings: Problem[], rule: string) => findings.filter((f) => f.rule === rule);
const at = (p: Problem) => p.path.join('.');

describe('data/project-complete and data/finance-absolute', () => {
  it('lists everything a data project leaves unsettled, in one finding', () => {
    const ws = cleanWorkspace();
    ws.launchPlan.data_projects = [{ id: 'gmv', name: 'GMV board', dimensions: [], definitions: {}, special_cases: [], finance_linked: false }];
    const [f, ...rest] = ofRule(check(ws).findings, 'data/project-complete');
    expect(rest).toEqual([]);
    expect(f!.message).toBe('Data project GMV board (gmv) does not state its usage scenario, display dimensions, data definitions, special cases, accuracy (absolute or relative).');
    expect(at(f!)).toBe('data_projects.0');
  });

  it('is an error when a finance-linked project states no accuracy, and says so', () => {
    const ws = cleanWorkspace();
    delete ws.launchPlan.data_projects![0]!.accuracy;
    const findings = check(ws).findings;
    const [f] = ofRule(findings, 'data/finance-absolute');
    expect(f).toMatchObject({ severity: 'error', file: 'canvases/launch-plan.yaml' });
    expect(f!.message).toBe('Data project Rep KPI board (rep_kpi) is finance-linked, but its accuracy is not stated: finance-linked figures must be absolute.');
    // The missing accuracy is also an incomplete project: both rules can be configured on their own.
    expect(ofRule(findings, 'data/project-complete').map(at)).toEqual(['data_projects.0']);
  });

  it('names the stated accuracy with its glossary label, in every locale', () => {
    const ws = () => {
      const w = cleanWorkspace();
      w.launchPlan.data_projects![0]!.accuracy = 'relative';
      return w;
    };
    expect(ofRule(check(ws()).findings, 'data/finance-absolute')[0]!.message).toContain('its accuracy is relative:');
    expect(ofRule(check(ws(), 'zh-CN').findings, 'data/finance-absolute')[0]!.message).toBe('数据项目Rep KPI board（rep_kpi）与财务挂钩，但精度要求是相对准确：与财务挂钩的数字必须绝对准确。');
    expect(ofRule(check(ws(), 'zh-TW').findings, 'data/finance-absolute')[0]!.message).toContain('相對準確');
  });
});

describe('validation/key-page-options', () => {
  it('points at the fourth option when a page offers too many', () => {
    const ws = cleanWorkspace();
    const options = ws.businessArchitecture.key_pages![0]!.options;
    for (const name of ['Map', 'List']) options.push({ ...options[0]!, name });
    const found = ofRule(check(ws).findings, 'validation/key-page-options');
    expect(found.map(at)).toEqual(['key_pages.0.options.3']);
    expect(found[0]!.message).toBe('Key page Booking page (booking_page) has 4 options; show at most three, or the client will not choose.');
  });

  it('names each value an option does not argue', () => {
    const ws = cleanWorkspace();
    const option = ws.businessArchitecture.key_pages![0]!.options[1]!;
    delete option.business_value;
    option.platform_value = '   ';
    const found = ofRule(check(ws).findings, 'validation/key-page-options');
    expect(found.map(at)).toEqual(['key_pages.0.options.1']);
    expect(found[0]!.message).toBe('Option "Doctor first" of key page Booking page (booking_page) does not state its business value, platform value.');
  });

  it('reports a page with no options at all', () => {
    const ws = cleanWorkspace();
    ws.businessArchitecture.key_pages![0]!.options = [];
    expect(ofRule(check(ws).findings, 'validation/key-page-options')[0]!.message).toBe('Key page Booking page (booking_page) has 0 option(s); offer the client two or three to choose from.');
  });
});

describe('systems/marketing-member', () => {
  it('reports a marketing tool when there is no member system to integrate with', () => {
    const ws = cleanWorkspace();
    ws.businessArchitecture.systems = ws.businessArchitecture.systems!.filter((s) => s.kind !== 'member');
    ws.businessArchitecture.systems[0]!.integrates_with = [];
    ws.businessArchitecture.systems[1]!.integrates_with = [];
    const found = ofRule(check(ws).findings, 'systems/marketing-member');
    expect(found.map(at)).toEqual(['systems.0.kind']);
    expect(found[0]!.message).toBe('Marketing tool Coupon tool (coupons) has no member system to integrate with, so the data it collects stays scattered.');
  });

  it('is satisfied by an integration with any one of several member systems', () => {
    const ws = cleanWorkspace();
    const systems = ws.businessArchitecture.systems!;
    systems.push({ id: 'loyalty', name: 'Loyalty app', kind: 'member', integrates_with: [] });
    systems[1]!.integrates_with = ['loyalty'];
    expect(ofRule(check(ws).findings, 'systems/marketing-member')).toEqual([]);
    systems[1]!.integrates_with = ['crm'];
    expect(ofRule(check(ws).findings, 'systems/marketing-member')[0]!.message).toBe('Marketing tool Coupon tool (coupons) does not integrate with the member system: Member centre (members), Loyalty app (loyalty).');
  });
});

describe('delivery/tuning-classified', () => {
  it('reports each unclassified ticket where it is', () => {
    const ws = cleanWorkspace();
    ws.launchPlan.tuning!.tickets.forEach((ticket) => delete ticket.type);
    const found = ofRule(check(ws).findings, 'delivery/tuning-classified');
    expect(found.map(at)).toEqual(['tuning.tickets.0', 'tuning.tickets.1']);
    expect(found[1]!.message).toBe('Tuning ticket Book for a family member (family_booking) is not classified as a requirement change or an optimisation.');
  });
});
