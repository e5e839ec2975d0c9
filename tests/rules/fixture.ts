// A small in-code workspace that meets every methodology rule; each rule test mutates a fresh copy.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locale } from '../../src/domain/enums.js';
import { createGlossary, type GlossaryLookup } from '../../src/domain/glossary.js';
import { checkPlan } from '../../src/domain/check.js';
import { derivePlan } from '../../src/domain/model/index.js';
import { sayCheck, scoresJson } from '../../src/generate/check-report.js';
import { speaker } from '../../src/i18n/text.js';
import {
  AssessmentModelSchema,
  AssessmentSchema,
  BusinessArchitectureSchema,
  GlossarySchema,
  LaunchPlanSchema,
  ManifestSchema,
  NorthStarSchema,
  ValuePositioningSchema,
  type AssessmentModel,
} from '../../src/domain/schemas/index.js';
import type { Workspace } from '../../src/domain/workspace.js';

const text = (en: string) => ({ en, 'zh-CN': `中文：${en}`, 'zh-TW': `中文：${en}` });
const levels = (n: number) => Array.from({ length: n }, (_, i) => text(`level ${i}`));

/** A three-facet model on the diamond's 0-5 scale, with the facet ids the diamond-specific rules look for. */
export const smallModel = (): AssessmentModel =>
  AssessmentModelSchema.parse({
    version: 1,
    id: 'mini',
    name: text('Mini model'),
    facets: [
      { id: 'data', name: text('Data'), levels: levels(6), recommendations: [{ id: 'harvest', below: 3, text: text('Harvest data.') }] },
      { id: 'system', name: text('System'), levels: levels(6), recommendations: [{ id: 'fit_to_size', below: 3, text: text('Fit systems to size.') }] },
      { id: 'brain', name: text('Brain'), levels: levels(6), weight: 2 },
    ],
  });

/** The built-in diamond model, read from canvases/. */
export const diamondModel = (): AssessmentModel =>
  AssessmentModelSchema.parse(parse(readFileSync(new URL('../../canvases/diamond.model.yaml', import.meta.url), 'utf8')));

/** The built-in glossary, read from canvases/. */
export const realGlossary = (): GlossaryLookup =>
  createGlossary(GlossarySchema.parse(parse(readFileSync(new URL('../../canvases/glossary.yaml', import.meta.url), 'utf8'))));

/** A workspace that passes every rule: two goals, each with business, operations and data functions, all five module dimensions. */
export function cleanWorkspace(): Workspace {
  return {
    manifest: ManifestSchema.parse({ version: 1, name: 'Clinic platform', organisation: 'Acme Health', industry: 'health', company_size: 'small', locale: 'en' }),
    valuePositioning: ValuePositioningSchema.parse({
      version: 1,
      scope_fit: { stable_business: true, existing_resources: true },
      parties: {
        demand_side: { persona: 'Patients', core_value: { statement: 'I see a doctor within a day.', kind: 'good_service_experience', measure: 'Share of visits booked within 24 hours, from 40% to 80%' } },
        resource_side: { persona: 'Doctors', core_value: { statement: 'I get patients who fit my speciality.', kind: 'direct_customer_acquisition', measure: 'Qualified referrals per doctor per month, target 10' } },
        platform_side: { core_value: { statement: 'Clinics fill their slots.', dimension: 'commercial_profit_efficiency', measure: 'Slot utilisation from 60% to 85%' } },
      },
      key_resources: [{ id: 'clinics', name: 'Twelve clinics', type: 'channel' }],
      principles: ['small_steps', 'compound_assets', 'open', 'lever'],
    }),
    businessArchitecture: BusinessArchitectureSchema.parse({
      version: 1,
      goals: [
        { id: 'doctors', name: 'Doctor accumulation', phase: 1 },
        { id: 'bookings', name: 'Bookings', phase: 1 },
      ],
      roles: [
        { id: 'doctor', name: 'Doctor', kind: 'external', responsibility: 'Sees patients' },
        { id: 'patient', name: 'Patient', kind: 'external', responsibility: 'Books visits' },
        { id: 'rep', name: 'Field rep', kind: 'internal', responsibility: 'Invites doctors' },
      ],
      functions: [
        { id: 'onboarding', name: 'Doctor onboarding', category: 'business', module: 'business_function', goals: ['doctors'] },
        { id: 'rep_incentive', name: 'Rep incentive', category: 'operations', module: 'operations_node', goals: ['doctors'], frontline_incentive: true },
        { id: 'doctor_stats', name: 'Doctor statistics', category: 'data', module: 'data_dimension', goals: ['doctors'] },
        { id: 'booking', name: 'Booking', category: 'business', module: 'business_function', goals: ['bookings'] },
        { id: 'reminders', name: 'Reminders', category: 'operations', module: 'operations_node', goals: ['bookings'], design_mode: 'configurable', rationale: 'Each clinic sets its own reminder rules.' },
        { id: 'funnel', name: 'Booking funnel', category: 'data', module: 'data_dimension', goals: ['bookings'] },
        { id: 'payment', name: 'Payment', category: 'monetisation', module: 'monetisation_dimension', goals: ['bookings'] },
        { id: 'articles', name: 'Health articles', category: 'content', module: 'content_dimension', goals: ['bookings'] },
      ],
      cells: [
        { goal: 'doctors', function: 'onboarding', roles: [{ role: 'doctor', activity: 'Signs up' }] },
        { goal: 'doctors', function: 'rep_incentive', roles: [{ role: 'rep', activity: 'Earns points' }] },
        { goal: 'doctors', function: 'doctor_stats', roles: [{ role: 'rep', activity: 'Reviews activity' }] },
        { goal: 'bookings', function: 'booking', roles: [{ role: 'patient', activity: 'Books' }] },
        { goal: 'bookings', function: 'reminders', roles: [{ role: 'patient', activity: 'Gets reminded' }] },
        { goal: 'bookings', function: 'funnel', roles: [{ role: 'doctor', activity: 'Sees no-shows' }] },
        { goal: 'bookings', function: 'payment', roles: [{ role: 'patient', activity: 'Pays' }] },
        { goal: 'bookings', function: 'articles', roles: [{ role: 'doctor', activity: 'Writes' }, { role: 'patient', activity: 'Reads' }] },
      ],
      key_pages: [
        {
          id: 'booking_page',
          name: 'Booking page',
          function: 'booking',
          options: [
            { name: 'Calendar first', user_value: 'Sees free days at a glance', business_value: 'Fills quiet days', platform_value: 'Utilisation data per day' },
            { name: 'Doctor first', user_value: 'Picks a trusted doctor', business_value: 'Keeps patients with their doctor', platform_value: 'Doctor loyalty data', competitor: 'Most clinic apps' },
          ],
          recommended: 'Calendar first',
        },
      ],
      systems: [
        { id: 'members', name: 'Member centre', kind: 'member', choice: { type: 'standard_saas', reasons: ['budget'] } },
        { id: 'coupons', name: 'Coupon tool', kind: 'marketing', integrates_with: ['members'], choice: { type: 'standard_saas' } },
        { id: 'crm', name: 'Sales CRM', kind: 'crm', integrates_with: ['members'], choice: { type: 'standard_saas', reasons: ['budget'], note: 'A standard CRM is enough for twelve clinics.' } },
      ],
      capability_areas: {
        member: { status: 'planned', functions: ['booking'], systems: ['members'], requirements: ['unified_collection', 'data_display_analysis', 'tiered_operations'] },
        sales: { status: 'out_of_scope', note: 'Clinics sell no products.' },
        service: { status: 'planned', functions: ['booking', 'reminders'], requirements: ['service_flows', 'peak_end'] },
        marketing: { status: 'planned', systems: ['coupons'], requirements: ['social_tools', 'member_integration'] },
        resource: { status: 'in_place', functions: ['onboarding'], requirements: ['resource_research', 'resource_inventory'] },
        business: { status: 'later' },
      },
      architecture_dimensions: {
        strategy: { status: 'in_place', note: 'The founder leads it.' },
        organisation: { status: 'planned' },
        operations_system: { status: 'planned', functions: ['rep_incentive'] },
        digital_tools: { status: 'planned', systems: ['members', 'crm'] },
      },
    }),
    northStar: NorthStarSchema.parse({
      version: 1,
      candidates: [
        { id: 'visits', name: 'Completed visits', scores: { direct_value: 2, indirect_value: 2, connects_resources: 1, cumulative: 2 } },
        { id: 'doctors', name: 'Active doctors', scores: { direct_value: 1, indirect_value: 2, connects_resources: 2, cumulative: 1 } },
      ],
      chosen: 'visits',
      inputs: [{ id: 'bookings', name: 'Bookings per week', kind: 'breadth', drives: 'visits' }],
      cold_start: { user_growth_target: 5000, effective_user: 'Booked once', loyal_user: 'Booked three times in six months', data_dimensions: ['Bookings by clinic'] },
    }),
    assessment: AssessmentSchema.parse({
      version: 1,
      facets: { data: { current: 1, target: 3 }, system: { current: 2, target: 3 }, brain: { current: 3, target: 4 } },
      evidence: [{ id: 'audit', title: 'Tool audit', facets: ['data', 'system', 'brain'] }],
    }),
    launchPlan: LaunchPlanSchema.parse({
      version: 1,
      owners: { project_lead: 'Ana Silva', business_lead: 'Ben Okafor' },
      kickoff_audiences: ['participants', 'sponsor', 'executing_team'],
      documents: ['product_requirements', 'ux', 'research', 'reporting', 'technical', 'database_design', 'architecture', 'deployment', 'test'],
      training: [{ department: 'Field sales', functions: ['rep_incentive', 'doctor_stats'], exam: true, assignment: true }],
      roadmap: { stage: 'crm', done: ['sales_crm'], planned: ['merchant_store_front_back', 'consumer_scrm'] },
      operations: { stages: ['resource_side_growth', 'demand_side_activation', 'transaction_growth', 'roi_optimisation'] },
      tuning: {
        cap_per_phase: 20,
        tickets: [
          { id: 'sms_wording', title: 'Shorter reminder text', type: 'optimisation' },
          { id: 'family_booking', title: 'Book for a family member', type: 'change' },
        ],
      },
      data_projects: [
        {
          id: 'rep_kpi',
          name: 'Rep KPI board',
          scenario: 'Monthly bonus review of field reps',
          dimensions: ['rep', 'month'],
          definitions: { 'onboarded doctor': 'Signed up and saw one patient' },
          special_cases: ['A doctor moved between reps counts for the new rep'],
          accuracy: 'absolute',
          finance_linked: true,
          level: 'visualise',
        },
        {
          id: 'no_shows',
          name: 'No-show trend',
          scenario: 'Weekly clinic meeting',
          dimensions: ['clinic', 'week'],
          definitions: { 'no-show': 'Booked, not cancelled, not seen' },
          special_cases: ['Doctor-cancelled visits are not no-shows'],
          accuracy: 'relative',
          level: 'analyse',
        },
      ],
      four_looks: { outward: 'Doctors bring patients', inward: 'Fewer phone bookings', forward: 'Add clinics by region', money: 'Booking fees pay for the platform' },
      key_modules: [
        { function: 'booking', requirement_type: 'experience_oriented' },
        { function: 'onboarding', requirement_type: 'business_flow_heavy' },
      ],
      delivery_risks: {
        register: [
          { id: 'booking_rules', kind: 'requirement_change', description: 'Clinics ask for their own booking rules', owner: 'Ben Okafor' },
          { id: 'one_developer', kind: 'staffing', description: 'One developer knows the booking engine', owner: 'Ana Silva' },
          { id: 'licence', kind: 'institutional_blocker', description: 'The telehealth licence is pending', owner: 'Ana Silva', mitigation: 'Start with in-person visits' },
        ],
      },
    }),
    model: smallModel(),
    modelFile: 'diamond',
  };
}

/** Derives the plan of `ws`, runs every rule and the advice, and says them in `locale` with the real glossary. */
export function check(ws: Workspace, locale: Locale = 'en') {
  const glossary = realGlossary();
  const plan = derivePlan(ws);
  const result = checkPlan(plan);
  return { plan, result, ...sayCheck(result, speaker(locale, (key) => glossary.label(key, locale))), scores: scoresJson(plan, locale) };
}
