// The system choice the plan records (§6 system) is shown in the assessment document and the HTML
// report of both examples, one row per system, in the document's language.
import { describe, expect, it } from 'vitest';
import { generateDocuments } from '../../src/generate/generate-documents.js';
import { loadFixture } from './load-fixture.js';

/** The cells of a GFM table row, split on pipes that are not escaped. */
const cells = (row: string) => row.slice(2, -2).split(/(?<!\\)\|/).map((c) => c.trim());

describe('the system choice in the documents', () => {
  it.each([
    ['examples/patient-service', '## 系统及其选型', ['患者会员中心（SCRM）', '会员系统', '定制开发', '数据隐私、与现有系统及公域平台打通<br>患者健康数据必须留在公司自有环境中，并要与 SAP、医院系统和企业微信打通', '企业微信患教活动与邀请工具、医药代表 CRM']],
    ['examples/home-furnishing', '## Systems and how each is sourced', ['WeChat campaign and referral tool', 'Marketing tool', 'Standard SaaS', 'Budget', 'Member centre']],
  ])('%s', async (dir, heading, firstOrSecondRow) => {
    const { plan, report, options } = await loadFixture(dir);
    const files = generateDocuments(plan, report, { ...options, only: ['assessment', 'report'] });
    const md = String(files.find((f) => f.path === 'assessment.md')!.contents);
    const section = md.slice(md.indexOf(heading)).split('\n').filter((l) => l.startsWith('| '));
    // Heading row, separator, then one row per system, each with the five columns.
    expect(section.length).toBe(2 + plan.ws.businessArchitecture.systems!.length);
    for (const row of section) expect(cells(row)).toHaveLength(5);
    expect(section.slice(2).map(cells)).toContainEqual(firstOrSecondRow);
    const html = String(files.find((f) => f.path === 'plan-report.html')!.contents);
    expect(html).toContain(`<td>${firstOrSecondRow[0]}</td><td>${firstOrSecondRow[1]}</td><td>${firstOrSecondRow[2]}</td>`);
  });
});
