// One fixture per rule that triggers it, and near misses that must not: each a mutation of the clean workspace.
import type { Workspace } from '../../src/domain/workspace.js';

/** A rule's fixtures: what makes it fire (and where it points), and close calls that must stay silent. */
export interface RuleCase {
  trigger: (ws: Workspace) => void;
  /** Node path (joined with ".") of the first finding, plus its key when the finding points at a key. */
  path: string;
  /** The file the finding points into, when not the rule's own. */
  file?: string;
  /** Mutations that come close but satisfy the rule. */
  pass?: Record<string, (ws: Workspace) => void>;
}

const fn = (ws: Workspace, id: string) => ws.businessArchitecture.functions.find((f) => f.id === id)!;

/** Fixtures by rule id; the runner fails if a registered rule has none. */
export const CASES: Record<string, RuleCase> = {
  'config/unknown-rule': {
    trigger: (ws) => (ws.manifest.rules = { 'north-star/exactly-on': 'off' }),
    path: 'rules#north-star/exactly-on',
    pass: { 'a known rule': (ws) => (ws.manifest.rules = { 'value/principles': 'off' }) },
  },
  'config/unknown-weight': {
    trigger: (ws) => (ws.manifest.weights = { north_star: { direct_valu: 2 } }),
    path: 'weights.north_star#direct_valu',
    pass: {
      'a criterion and a facet': (ws) => (ws.manifest.weights = { north_star: { direct_value: 2 }, assessment: { brain: 3 } }),
    },
  },

  'plan/placeholder': {
    trigger: (ws) => (ws.valuePositioning.parties.demand_side.persona = 'Replace with who the demand side is'),
    path: 'parties.demand_side.persona',
    file: 'canvases/value-positioning.yaml',
    pass: {
      'a text that only mentions replacing': (ws) => (ws.valuePositioning.parties.demand_side.persona = 'Patients who want to replace paper records'),
    },
  },

  'value/measurable': {
    trigger: (ws) => (ws.valuePositioning.parties.demand_side.core_value.measure = 'Patients are happier'),
    path: 'parties.demand_side.core_value.measure',
    pass: {
      'a full-width percentage': (ws) => (ws.valuePositioning.parties.demand_side.core_value.measure = '满意度提升到９０％'),
    },
  },
  'value/scope-fit': {
    trigger: (ws) => (ws.valuePositioning.scope_fit = { stable_business: false, existing_resources: true }),
    path: 'scope_fit.stable_business',
    pass: { 'no scope_fit recorded': (ws) => delete ws.valuePositioning.scope_fit },
  },
  'value/key-resources': {
    trigger: (ws) => (ws.valuePositioning.key_resources = []),
    path: 'key_resources',
  },
  'value/principles': {
    trigger: (ws) => (ws.valuePositioning.principles = ['small_steps', 'open']),
    path: 'principles',
  },

  'canvas/goal-has-functions': {
    trigger: (ws) => ws.businessArchitecture.goals.push({ id: 'orphan', name: 'Orphan goal', phase: 2 }),
    path: 'goals.2',
  },
  'canvas/function-serves-goal': {
    trigger: (ws) => ws.businessArchitecture.functions.push({ id: 'chat', name: 'Chat', category: 'business', module: 'business_function', goals: [] }),
    path: 'functions.8.goals',
  },
  'canvas/crossing-roles': {
    trigger: (ws) => (ws.businessArchitecture.cells[0]!.roles = []),
    path: 'cells.0.roles',
  },
  'canvas/crossing-missing': {
    trigger: (ws) => ws.businessArchitecture.cells.splice(1, 1),
    path: 'functions.1.goals.0',
  },
  'canvas/crossing-not-served': {
    trigger: (ws) => ws.businessArchitecture.cells.push({ goal: 'bookings', function: 'onboarding', roles: [{ role: 'doctor', activity: 'Signs up' }] }),
    path: 'cells.8.goal',
  },
  'canvas/goal-categories': {
    trigger: (ws) => (fn(ws, 'doctor_stats').goals = ['bookings']),
    path: 'goals.0',
    pass: { 'a second data function elsewhere': (ws) => fn(ws, 'doctor_stats').goals.push('bookings') },
  },
  'canvas/role-responsibility': {
    trigger: (ws) => delete ws.businessArchitecture.roles[1]!.responsibility,
    path: 'roles.1',
    pass: { 'any sentence': (ws) => (ws.businessArchitecture.roles[1]!.responsibility = 'x') },
  },
  'canvas/role-unused': {
    trigger: (ws) => ws.businessArchitecture.roles.push({ id: 'nurse', name: 'Nurse', kind: 'internal', responsibility: 'Triage' }),
    path: 'roles.3.id',
  },

  'architecture/module-dimensions': {
    trigger: (ws) => {
      ws.businessArchitecture.functions = ws.businessArchitecture.functions.filter((f) => f.id !== 'articles');
      ws.businessArchitecture.cells = ws.businessArchitecture.cells.filter((c) => c.function !== 'articles');
      ws.launchPlan.operations.stages = ['resource_side_growth'];
    },
    path: 'functions',
    pass: {
      'the missing dimension is exempted': (ws) => {
        ws.businessArchitecture.functions = ws.businessArchitecture.functions.filter((f) => f.id !== 'articles');
        ws.businessArchitecture.cells = ws.businessArchitecture.cells.filter((c) => c.function !== 'articles');
        ws.businessArchitecture.module_exemptions = { content_dimension: 'Content comes in phase 2.' };
      },
    },
  },
  'architecture/module-exempted': {
    trigger: (ws) => {
      ws.businessArchitecture.functions = ws.businessArchitecture.functions.filter((f) => f.id !== 'payment');
      ws.businessArchitecture.cells = ws.businessArchitecture.cells.filter((c) => c.function !== 'payment');
      ws.businessArchitecture.module_exemptions = { monetisation_dimension: 'Free during the pilot.' };
      ws.launchPlan.operations.stages = ['resource_side_growth'];
    },
    path: 'module_exemptions#monetisation_dimension',
  },
  'architecture/stale-exemption': {
    trigger: (ws) => (ws.businessArchitecture.module_exemptions = { content_dimension: 'Later.' }),
    path: 'module_exemptions#content_dimension',
  },
  'architecture/configurable-rationale': {
    trigger: (ws) => delete fn(ws, 'reminders').rationale,
    path: 'functions.4.design_mode',
    pass: { 'bespoke without rationale': (ws) => Object.assign(fn(ws, 'reminders'), { design_mode: 'bespoke', rationale: undefined }) },
  },

  'scope/big-and-complete': {
    trigger: (ws) => (ws.manifest.limits = { first_phase_functions: 7 }),
    path: 'functions',
    pass: {
      'exactly at the limit': (ws) => (ws.manifest.limits = { first_phase_goals: 2, first_phase_functions: 8 }),
      'over the limit only in phase 2': (ws) => {
        ws.manifest.limits = { first_phase_goals: 1 };
        ws.businessArchitecture.goals[1]!.phase = 2;
      },
    },
  },
  'scope/all-at-once': {
    trigger: (ws) => {
      ws.businessArchitecture.goals.push({ id: 'reviews', name: 'Reviews', phase: 1 });
      fn(ws, 'booking').goals.push('reviews');
      fn(ws, 'reminders').goals.push('reviews');
      fn(ws, 'funnel').goals.push('reviews');
      for (const f of ['booking', 'reminders', 'funnel']) ws.businessArchitecture.cells.push({ goal: 'reviews', function: f, roles: [{ role: 'patient', activity: 'Reviews' }] });
    },
    path: 'goals',
  },
  'pitfall/staff-incentive': {
    trigger: (ws) => {
      delete fn(ws, 'rep_incentive').frontline_incentive;
      ws.launchPlan.operations.stages = [];
    },
    path: 'functions',
    pass: { 'resource-side growth planned (ops/frontline-incentive speaks instead)': (ws) => delete fn(ws, 'rep_incentive').frontline_incentive },
  },

  'pitfall/frontline-roles': {
    trigger: (ws) => (ws.businessArchitecture.roles[2]!.kind = 'external'),
    path: 'roles',
    pass: {
      'one internal role acting once': (ws) => {
        ws.businessArchitecture.cells.find((c) => c.function === 'doctor_stats')!.roles = [{ role: 'doctor', activity: 'Reviews' }];
      },
    },
  },

  'validation/key-page-options': {
    trigger: (ws) => ws.businessArchitecture.key_pages![0]!.options.splice(1, 1),
    path: 'key_pages.0.options',
    pass: {
      'three options': (ws) => ws.businessArchitecture.key_pages![0]!.options.push({ name: 'Nearest clinic', user_value: 'Short trip', business_value: 'Spreads load', platform_value: 'Location data' }),
      'no key pages recorded': (ws) => delete ws.businessArchitecture.key_pages,
    },
  },
  'systems/marketing-member': {
    trigger: (ws) => (ws.businessArchitecture.systems![1]!.integrates_with = []),
    path: 'systems.1.integrates_with',
    pass: {
      'the member system lists the marketing tool instead': (ws) => {
        ws.businessArchitecture.systems![1]!.integrates_with = [];
        ws.businessArchitecture.systems![0]!.integrates_with = ['coupons'];
      },
      'no marketing system': (ws) => (ws.businessArchitecture.systems = ws.businessArchitecture.systems!.filter((s) => s.kind !== 'marketing')),
    },
  },

  'systems/choice-fits-size': {
    trigger: (ws) => (ws.businessArchitecture.systems![0]!.choice = { type: 'custom', reasons: [] }),
    path: 'systems.0.choice',
    pass: {
      'custom for a reason': (ws) => (ws.businessArchitecture.systems![0]!.choice = { type: 'custom', reasons: ['privacy'] }),
      'custom for a medium-sized company': (ws) => {
        ws.manifest.company_size = 'medium';
        ws.businessArchitecture.systems![0]!.choice = { type: 'custom', reasons: [] };
      },
      'no choice recorded (the size advice asks for one)': (ws) => delete ws.businessArchitecture.systems![0]!.choice,
    },
  },
  'capability/areas-recorded': {
    trigger: (ws) => delete ws.businessArchitecture.capability_areas!.business,
    path: 'capability_areas',
  },
  'capability/area-served': {
    trigger: (ws) => (ws.businessArchitecture.capability_areas!.business = { status: 'planned', functions: [], systems: [], requirements: ['processes_online', 'systems_integrated'] }),
    path: 'capability_areas.business',
    pass: { 'the area served by a system only': (ws) => (ws.businessArchitecture.capability_areas!.member!.functions = []) },
  },
  'capability/minimum-requirements': {
    trigger: (ws) => (ws.businessArchitecture.capability_areas!.member!.requirements = ['unified_collection']),
    path: 'capability_areas.member#requirements',
    pass: { 'an area for a later plan lists none': (ws) => (ws.businessArchitecture.capability_areas!.member = { status: 'later', functions: [], systems: [], requirements: [] }) },
  },
  'dimensions/recorded': {
    trigger: (ws) => delete ws.businessArchitecture.architecture_dimensions!.organisation,
    path: 'architecture_dimensions',
  },
  'dimensions/tools-serve-strategy': {
    trigger: (ws) => (ws.businessArchitecture.architecture_dimensions!.organisation!.status = 'later'),
    path: 'architecture_dimensions.digital_tools',
    pass: {
      'the tools wait too': (ws) => {
        ws.businessArchitecture.architecture_dimensions!.organisation!.status = 'later';
        ws.businessArchitecture.architecture_dimensions!.digital_tools!.status = 'later';
      },
    },
  },

  'north-star/exactly-one': {
    trigger: (ws) => delete ws.northStar.chosen,
    path: 'chosen',
  },
  'north-star/best-or-reason': {
    trigger: (ws) => (ws.northStar.chosen = 'doctors'),
    path: 'chosen',
    pass: {
      'a reason is given': (ws) => Object.assign(ws.northStar, { chosen: 'doctors', reason: 'The board insists.' }),
      'a tie with the best': (ws) => (ws.northStar.candidates[1]!.scores = { ...ws.northStar.candidates[0]!.scores }),
      'weights make the chosen one best': (ws) => {
        ws.northStar.chosen = 'doctors';
        ws.manifest.weights = { north_star: { connects_resources: 3 } };
        ws.northStar.inputs[0]!.drives = 'doctors';
      },
    },
  },
  'north-star/not-best': {
    trigger: (ws) => Object.assign(ws.northStar, { chosen: 'doctors', reason: 'The board insists.' }),
    path: 'reason',
  },
  'north-star/criteria-zero': {
    trigger: (ws) => (ws.northStar.candidates[0]!.scores.indirect_value = 0),
    path: 'candidates.0.scores.indirect_value',
    pass: { 'a zero on another criterion': (ws) => (ws.northStar.candidates[0]!.scores.connects_resources = 0) },
  },
  'north-star/cold-start': {
    trigger: (ws) => (ws.northStar.cold_start = { data_dimensions: [] }),
    path: 'cold_start.user_growth_target',
  },
  'north-star/inputs': {
    trigger: (ws) => (ws.northStar.inputs = []),
    path: 'inputs',
  },

  'assessment/facet-scored': {
    trigger: (ws) => delete ws.assessment.facets.brain,
    path: 'facets',
  },
  'assessment/target-below-current': {
    trigger: (ws) => (ws.assessment.facets.system = { current: 3, target: 2 }),
    path: 'facets.system.target',
    pass: { 'target equal to current': (ws) => (ws.assessment.facets.system = { current: 3, target: 3 }) },
  },
  'assessment/data-behind-system': {
    trigger: (ws) => (ws.assessment.facets.system = { current: 4, target: 4 }),
    path: 'facets.data.current',
    pass: { 'data at 2': (ws) => Object.assign(ws.assessment.facets, { system: { current: 4, target: 4 }, data: { current: 2, target: 3 } }) },
  },
  'assessment/evidence': {
    trigger: (ws) => (ws.assessment.evidence[0]!.facets = ['data', 'system']),
    path: 'facets.brain',
  },

  'delivery/kickoff-audiences': {
    trigger: (ws) => (ws.launchPlan.kickoff_audiences = ['sponsor']),
    path: 'kickoff_audiences',
  },
  'delivery/documents': {
    trigger: (ws) => (ws.launchPlan.documents = ws.launchPlan.documents.filter((d) => d !== 'test')),
    path: 'documents',
  },
  'delivery/training': {
    trigger: (ws) => (ws.launchPlan.training[0]!.exam = false),
    path: 'training.0',
  },
  'delivery/training-coverage': {
    trigger: (ws) => (ws.launchPlan.training[0]!.functions = ['doctor_stats']),
    path: 'training',
    pass: {
      'the untrained function serves only a later phase': (ws) => {
        ws.businessArchitecture.goals[0]!.phase = 2;
        ws.launchPlan.training[0]!.functions = ['rep_incentive'];
      },
    },
  },

  'delivery/requirement-owners': {
    trigger: (ws) => delete ws.launchPlan.owners.project_lead,
    path: 'key_modules.0',
    pass: {
      'confirmed_by names the owner': (ws) => {
        delete ws.launchPlan.owners.project_lead;
        ws.launchPlan.key_modules![0]!.confirmed_by = 'Ana Silva';
      },
    },
  },
  'delivery/risk-register': {
    trigger: (ws) => ws.launchPlan.delivery_risks!.register.splice(1, 1),
    path: 'delivery_risks.register',
  },
  'delivery/risk-owner': {
    trigger: (ws) => delete ws.launchPlan.delivery_risks!.register[1]!.owner,
    path: 'delivery_risks.register.1',
    pass: {
      'a closed risk without an owner': (ws) => {
        delete ws.launchPlan.delivery_risks!.register[1]!.owner;
        ws.launchPlan.delivery_risks!.register[1]!.status = 'closed';
      },
    },
  },

  'delivery/tuning-classified': {
    trigger: (ws) => delete ws.launchPlan.tuning!.tickets[1]!.type,
    path: 'tuning.tickets.1',
    pass: {
      'no tuning recorded': (ws) => delete ws.launchPlan.tuning,
      'a cap and no tickets yet': (ws) => (ws.launchPlan.tuning = { cap_per_phase: 10, tickets: [] }),
    },
  },

  'data/project-complete': {
    trigger: (ws) => {
      const p = ws.launchPlan.data_projects![1]!;
      delete p.scenario;
      p.definitions = {};
    },
    path: 'data_projects.1',
    pass: {
      'no data projects recorded': (ws) => delete ws.launchPlan.data_projects,
      'a blank scenario is filled in': (ws) => (ws.launchPlan.data_projects![1]!.scenario = 'Quarterly review'),
    },
  },
  'data/finance-absolute': {
    trigger: (ws) => (ws.launchPlan.data_projects![0]!.accuracy = 'relative'),
    path: 'data_projects.0.accuracy',
    pass: {
      'a relative project that does not feed finance': (ws) => (ws.launchPlan.data_projects![1]!.finance_linked = false),
    },
  },

  'ops/stages-planned': {
    trigger: (ws) => (ws.launchPlan.operations.stages = []),
    path: 'operations.stages',
  },
  'ops/stage-order': {
    trigger: (ws) => (ws.launchPlan.operations.stages = ['resource_side_growth', 'transaction_growth', 'demand_side_activation']),
    path: 'operations.stages.2',
    pass: { 'skipping a stage keeps the order': (ws) => (ws.launchPlan.operations.stages = ['resource_side_growth', 'roi_optimisation']) },
  },
  'ops/frontline-incentive': {
    trigger: (ws) => delete fn(ws, 'rep_incentive').frontline_incentive,
    path: 'operations.stages.0',
  },
  'ops/demand-activation-modules': {
    trigger: (ws) => {
      // Reminders and the rep incentive are the operations-node modules; the incentive moves to the business dimension.
      ws.businessArchitecture.functions = ws.businessArchitecture.functions.filter((f) => f.id !== 'reminders');
      ws.businessArchitecture.cells = ws.businessArchitecture.cells.filter((c) => c.function !== 'reminders');
      fn(ws, 'rep_incentive').module = 'business_function';
      ws.businessArchitecture.module_exemptions = { operations_node: 'Operations run on the old CRM for now.' };
    },
    path: 'operations.stages.1',
    pass: {
      'demand-side activation not planned': (ws) => {
        ws.businessArchitecture.functions = ws.businessArchitecture.functions.filter((f) => f.id !== 'reminders');
        ws.businessArchitecture.cells = ws.businessArchitecture.cells.filter((c) => c.function !== 'reminders');
        fn(ws, 'rep_incentive').module = 'business_function';
        ws.businessArchitecture.module_exemptions = { operations_node: 'Operations run on the old CRM for now.' };
        ws.launchPlan.operations.stages = ['resource_side_growth', 'transaction_growth', 'roi_optimisation'];
      },
    },
  },
  'ops/transaction-growth-modules': {
    trigger: (ws) => {
      ws.businessArchitecture.functions = ws.businessArchitecture.functions.filter((f) => f.id !== 'articles');
      ws.businessArchitecture.cells = ws.businessArchitecture.cells.filter((c) => c.function !== 'articles');
      ws.businessArchitecture.module_exemptions = { content_dimension: 'Content comes in phase 2.' };
    },
    path: 'operations.stages.2',
    pass: {
      'transaction growth not planned': (ws) => {
        ws.businessArchitecture.functions = ws.businessArchitecture.functions.filter((f) => f.id !== 'articles');
        ws.businessArchitecture.cells = ws.businessArchitecture.cells.filter((c) => c.function !== 'articles');
        ws.businessArchitecture.module_exemptions = { content_dimension: 'Content comes in phase 2.' };
        ws.launchPlan.operations.stages = ['resource_side_growth', 'demand_side_activation'];
      },
    },
  },
  'ops/roi-data-modules': {
    trigger: (ws) => {
      ws.businessArchitecture.functions = ws.businessArchitecture.functions.filter((f) => f.module !== 'data_dimension');
      ws.businessArchitecture.cells = ws.businessArchitecture.cells.filter((c) => !['doctor_stats', 'funnel'].includes(c.function));
      ws.businessArchitecture.module_exemptions = { data_dimension: 'Reports come from the ERP.' };
      ws.launchPlan.training[0]!.functions = ['rep_incentive'];
    },
    path: 'operations.stages.3',
  },
  'ops/ecosystem-modules': {
    trigger: (ws) => {
      ws.businessArchitecture.functions = ws.businessArchitecture.functions.filter((f) => f.id !== 'payment');
      ws.businessArchitecture.cells = ws.businessArchitecture.cells.filter((c) => c.function !== 'payment');
      ws.businessArchitecture.module_exemptions = { monetisation_dimension: 'Visits are paid at the clinic.' };
      ws.launchPlan.operations.stages = ['resource_side_growth', 'demand_side_activation', 'roi_optimisation', 'ecosystem'];
    },
    path: 'operations.stages.3',
    pass: { 'with data and monetisation modules': (ws) => ws.launchPlan.operations.stages.push('ecosystem') },
  },

  'roadmap/position': {
    trigger: (ws) => delete ws.launchPlan.roadmap,
    path: 'roadmap',
  },
  'roadmap/order': {
    trigger: (ws) => (ws.launchPlan.roadmap = { stage: 'crm', done: ['sales_crm'], planned: ['api_open_platform'] }),
    path: 'roadmap.planned.0',
    pass: {
      'BPM after CRM was started': (ws) => (ws.launchPlan.roadmap = { stage: 'bpm', done: ['sales_crm'], planned: ['ecommerce_bigdata_base', 'api_open_platform'] }),
    },
  },

  'looks/four-looks': {
    trigger: (ws) => delete ws.launchPlan.four_looks!.money,
    path: 'four_looks',
    pass: { 'every look in any words': (ws) => (ws.launchPlan.four_looks = { outward: 'a', inward: 'b', forward: 'c', money: 'd' }) },
  },
};
