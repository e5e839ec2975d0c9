// One fixture per recommendation where the plan calls for it, and fixtures where the plan already
// does what it advises (it must stay silent). Each is a mutation of a plan that needs no advice.
import { ALL_ROADMAP_SUBSTEPS } from '../../src/domain/enums.js';
import type { Workspace } from '../../src/domain/workspace.js';
import { cleanWorkspace, diamondModel } from '../rules/fixture.js';

/** A recommendation's fixtures. */
export interface RecCase {
  fires: (ws: Workspace) => void;
  /** Mutations under which it must stay silent, each on top of `fires` unless `alone` says so. */
  silent: Record<string, (ws: Workspace) => void>;
}

/** The clean workspace assessed on the diamond at every target, every system's choice recorded, the whole roadmap done: no advice. */
export function settledWorkspace(): Workspace {
  const ws = cleanWorkspace();
  ws.model = diamondModel();
  ws.assessment.facets = Object.fromEntries(ws.model.facets.map((f) => [f.id, { current: 3, target: 3 }]));
  ws.assessment.evidence = [{ id: 'audit', title: 'Tool audit', facets: ws.model.facets.map((f) => f.id) }];
  ws.launchPlan.roadmap = { stage: 'paas', done: [...ALL_ROADMAP_SUBSTEPS], planned: [] };
  return ws;
}

/** Puts one facet below a level and the target at it. */
const facet = (ws: Workspace, id: string, current: number, target: number) => (ws.assessment.facets[id] = { current, target });

/** Fixtures by recommendation id (the assessment model's advice is `<facet>/<advice>`). */
export const REC_CASES: Record<string, RecCase> = {
  'brain/stage_north_star': {
    // No north star chosen (north-star/exactly-one warns too, and says the same).
    fires: (ws) => {
      facet(ws, 'brain', 2, 3);
      delete ws.northStar.chosen;
    },
    silent: {
      'a north star is chosen and scored': (ws) => (ws.northStar.chosen = 'visits'),
      'the brain facet is already at level 3': (ws) => facet(ws, 'brain', 3, 4),
    },
  },
  'cost_efficiency_line/document_architecture': {
    // A goal without an operations function: the canvas is not complete.
    fires: (ws) => {
      facet(ws, 'cost_efficiency_line', 1, 2);
      ws.businessArchitecture.functions.find((f) => f.id === 'reminders')!.goals = ['doctors'];
      ws.businessArchitecture.cells.find((c) => c.function === 'reminders')!.goal = 'doctors';
    },
    silent: {
      'the canvas is complete': (ws) => {
        ws.businessArchitecture.functions.find((f) => f.id === 'reminders')!.goals = ['bookings'];
        ws.businessArchitecture.cells.find((c) => c.function === 'reminders')!.goal = 'bookings';
      },
      'the target stops short of level 2': (ws) => facet(ws, 'cost_efficiency_line', 1, 1),
    },
  },
  'system/roadmap': {
    fires: (ws) => {
      facet(ws, 'system', 3, 4);
      ws.launchPlan.roadmap = { stage: 'bpm', done: [], planned: ['ecommerce_bigdata_base'] };
    },
    silent: {
      'the roadmap is recorded in order': (ws) => (ws.launchPlan.roadmap = { stage: 'crm', done: ['sales_crm'], planned: ['merchant_store_front_back'] }),
    },
  },
  'brain/industry_entry': {
    fires: (ws) => {
      facet(ws, 'brain', 1, 2);
      ws.manifest.industry = 'manufacturing';
    },
    silent: { 'an entry point is chosen (brain at level 2)': (ws) => facet(ws, 'brain', 2, 3) },
  },
  'data/harvest': {
    fires: (ws) => facet(ws, 'data', 1, 2),
    silent: { 'data is harvested (level 2)': (ws) => facet(ws, 'data', 2, 2), 'the target stays at 1': (ws) => facet(ws, 'data', 1, 1) },
  },
  'systems/fit-to-size': {
    // A large company at system level 3: the size advice is given whatever the facet's level.
    fires: (ws) => {
      ws.manifest.company_size = 'large';
      facet(ws, 'system', 3, 4);
      delete ws.businessArchitecture.systems![1]!.choice;
    },
    silent: {
      'every system records its choice': (ws) => (ws.businessArchitecture.systems![1]!.choice = { type: 'custom', reasons: ['integration'] }),
    },
  },
  'roadmap/next-step': {
    // A PaaS step planned with nothing in BPM: roadmap/order warns, and the advice is a BPM step first.
    fires: (ws) => (ws.launchPlan.roadmap = { stage: 'crm', done: ['sales_crm'], planned: ['api_open_platform'] }),
    silent: { 'every step is done': (ws) => (ws.launchPlan.roadmap = { stage: 'paas', done: [...ALL_ROADMAP_SUBSTEPS], planned: [] }) },
  },
};
