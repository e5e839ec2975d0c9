// Every methodology rule, in the order its findings are reported: the one list to add a rule to.
import { architectureRules } from './architecture.js';
import { assessmentRules } from './assessment.js';
import { canvasRules } from './canvas.js';
import { capabilityRules } from './capabilities.js';
import { configRules } from './config.js';
import { dataProjectRules } from './data-projects.js';
import { deliveryChoiceRules } from './delivery-choices.js';
import { deliveryRules } from './delivery.js';
import { fourLooksRules } from './four-looks.js';
import { keyPageRules } from './key-pages.js';
import { northStarRules } from './north-star.js';
import { operationsRules } from './operations.js';
import { placeholderRules } from './placeholders.js';
import { roadmapRules } from './roadmap.js';
import { scopeRules } from './scope.js';
import { systemRules } from './systems.js';
import { tuningRules } from './tuning.js';
import type { Rule } from './types.js';
import { valuePositioningRules } from './value-positioning.js';

/** All rules, grouped by canvas in methodology order. */
export const RULES: readonly Rule[] = [
  ...configRules,
  ...placeholderRules,
  ...valuePositioningRules,
  ...canvasRules,
  ...architectureRules,
  ...scopeRules,
  ...keyPageRules,
  ...systemRules,
  ...capabilityRules,
  ...northStarRules,
  ...assessmentRules,
  ...deliveryRules,
  ...deliveryChoiceRules,
  ...tuningRules,
  ...operationsRules,
  ...dataProjectRules,
  ...roadmapRules,
  ...fourLooksRules,
];

/** Ids of every rule. */
export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
