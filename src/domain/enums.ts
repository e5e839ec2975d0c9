// The methodology's closed vocabularies (methodology.md §14.2). Every enum in the
// workspace format comes from here so the schema, checks and glossary agree. Plain arrays, no
// zod: the CLI imports these at start-up.
export { LOCALES, type Locale } from '../shared/locale.js';

/** The three parties of a platform (methodology §2). */
export const PARTIES = ['demand_side', 'resource_side', 'platform_side'] as const;
/** Kinds of value promised to the demand or resource side (§2, §14.2). */
export const VALUE_KINDS = [
  'direct_benefit',
  'good_experience',
  'good_service_experience',
  'self_management',
  'direct_customer_acquisition',
  'direct_problem_solving',
] as const;
/** The platform's own value dimensions (§2). */
export const PLATFORM_VALUE_DIMENSIONS = [
  'internal_efficiency',
  'commercial_profit_efficiency',
  'ecosystem_expansion',
] as const;
/** Function categories of the canvas (§3, plus the two module-aligned ones §14.2 suggests). */
export const FUNCTION_CATEGORIES = ['business', 'operations', 'data', 'monetisation', 'content'] as const;
/** The five product-architecture module dimensions (§4). */
export const MODULE_DIMENSIONS = [
  'business_function',
  'operations_node',
  'data_dimension',
  'monetisation_dimension',
  'content_dimension',
] as const;
/** Bespoke or configurable module design (§4). */
export const DESIGN_MODES = ['bespoke', 'configurable'] as const;
/** The six delivery steps, in order (§9). */
export const DELIVERY_STEPS = [
  'kickoff',
  'requirements',
  'development',
  'deployment_delivery',
  'training',
  'early_launch_tuning',
] as const;
/** Delivery documents handed over at deployment (§9). */
export const DELIVERY_DOCS = [
  'product_requirements',
  'ux',
  'research',
  'reporting',
  'technical',
  'database_design',
  'architecture',
  'deployment',
  'test',
] as const;
/** The kickoff meeting's three audiences (§9). */
export const KICKOFF_AUDIENCES = ['participants', 'sponsor', 'executing_team'] as const;
/** Operations stages after launch, in order (§9). */
export const OPS_STAGES = [
  'resource_side_growth',
  'demand_side_activation',
  'transaction_growth',
  'roi_optimisation',
  'ecosystem',
] as const;
/** Key-resource types (§7 resource digitalisation; acquisition and brand resources from §5 key resources). */
export const RESOURCE_TYPES = ['member', 'expert', 'channel', 'customer_case', 'acquisition', 'brand', 'industry_specific'] as const;
/** The three roadmap stages, in order (§8). */
export const ROADMAP_STAGES = ['crm', 'bpm', 'paas'] as const;
/** The roadmap's sub-steps, light to heavy, per stage (§8). */
export const ROADMAP_SUBSTEPS = {
  crm: ['sales_crm', 'merchant_store_front_back', 'consumer_scrm'],
  bpm: ['ecommerce_bigdata_base', 'product_factory', 'stakeholder_messaging'],
  paas: ['api_open_platform', 'saas_multitenant', 'paas_secondary_dev'],
} as const;
/** Every roadmap sub-step id, in roadmap order. */
export const ALL_ROADMAP_SUBSTEPS = [
  ...ROADMAP_SUBSTEPS.crm,
  ...ROADMAP_SUBSTEPS.bpm,
  ...ROADMAP_SUBSTEPS.paas,
] as const;
/** The four north-star criteria (§5). */
export const NORTH_STAR_CRITERIA = ['direct_value', 'indirect_value', 'connects_resources', 'cumulative'] as const;
/** Industries, with the four that have a named entry point (§6 brain, §14.2 industry_entry). */
export const INDUSTRIES = [
  'medical',
  'retail',
  'health',
  'independent_brand',
  'home_furnishing',
  'finance',
  'insurance',
  'education',
  'services',
  'manufacturing',
  'other',
] as const;
/** Company size, which drives the SaaS-or-custom recommendation (§6 system). */
export const COMPANY_SIZES = ['small', 'medium', 'large'] as const;
/** The four looks (§12). */
export const FOUR_LOOKS = ['outward', 'inward', 'forward', 'money'] as const;
/** The four big principles (§2, S0). */
export const PRINCIPLES = ['small_steps', 'compound_assets', 'open', 'lever'] as const;
/** Role kinds on the canvas (§3: internal and external roles). */
export const ROLE_KINDS = ['internal', 'external'] as const;
/** Input-metric decomposition (breadth, depth, frequency, efficiency). */
export const INPUT_KINDS = ['breadth', 'depth', 'frequency', 'efficiency'] as const;
/** Accuracy a data project needs: relative for trends, absolute for finance-linked figures (§11, §14.2). */
export const ACCURACY = ['absolute', 'relative'] as const;
/** The three levels of the data system: visualise, analyse, monetise (§11, §14.2). */
export const DATA_LEVELS = ['visualise', 'analyse', 'monetise'] as const;
/** Kinds of information system, for the integration checks (§7 capability areas and §8 roadmap). */
export const SYSTEM_KINDS = ['member', 'marketing', 'sales', 'service', 'crm', 'erp', 'bi', 'other'] as const;
/** How a system is sourced (§6 system: standard SaaS for a small company, high-end custom for a large one). */
export const SYSTEM_CHOICES = ['standard_saas', 'custom'] as const;
/** Why a system is sourced that way (§6 system: privacy and integration for custom, when budget allows). */
export const SYSTEM_CHOICE_REASONS = ['privacy', 'integration', 'custom_needs', 'budget'] as const;
/** Conditions of the plan an assessment model's advice can be silenced by, once the plan already does what it advises. */
export const PLAN_CONDITIONS = ['north_star_chosen', 'canvas_complete', 'roadmap_in_order'] as const;
/** How an early-launch tuning ticket is classified (§9 step 6). */
export const TUNING_TYPES = ['change', 'optimisation'] as const;
/** The six capability areas of the solution scope (§7). */
export const CAPABILITY_AREAS = ['member', 'sales', 'service', 'marketing', 'resource', 'business'] as const;
/**
 * What each capability area needs at the least, as §7 names it: member digitalisation's three
 * minimum requirements and the four tools that arm sales associates in the method's own words; for
 * the other areas, the things its description asks for.
 */
export const AREA_REQUIREMENTS = {
  member: ['unified_collection', 'data_display_analysis', 'tiered_operations'],
  sales: ['material_library', 'timely_follow_up', 'closing_offers', 'fast_payment'],
  service: ['service_flows', 'peak_end'],
  marketing: ['social_tools', 'member_integration'],
  resource: ['resource_research', 'resource_inventory'],
  business: ['processes_online', 'systems_integrated'],
} as const;
/** Every minimum requirement of a capability area, in area order. */
export const ALL_AREA_REQUIREMENTS = [
  ...AREA_REQUIREMENTS.member,
  ...AREA_REQUIREMENTS.sales,
  ...AREA_REQUIREMENTS.service,
  ...AREA_REQUIREMENTS.marketing,
  ...AREA_REQUIREMENTS.resource,
  ...AREA_REQUIREMENTS.business,
] as const;
/** The four architecture dimensions of the enterprise (§7). */
export const ARCHITECTURE_DIMENSIONS = ['strategy', 'organisation', 'operations_system', 'digital_tools'] as const;
/** Where the plan stands on a capability area or architecture dimension. */
export const SCOPE_STATUSES = ['in_place', 'planned', 'later', 'out_of_scope'] as const;
/** Requirement types of key modules, each confirmed with its own owner (§9 step 2). */
export const REQUIREMENT_TYPES = ['business_flow_heavy', 'experience_oriented'] as const;
/** Delivery risks the weekly plan sync tracks (§9 step 3), plus any other. */
export const DELIVERY_RISK_KINDS = ['requirement_change', 'staffing', 'institutional_blocker', 'other'] as const;
/** How often the plan sync reviews the risk register: the method's example is weekly (§9 step 3). */
export const RISK_REVIEWS = ['weekly', 'fortnightly', 'monthly'] as const;
/** Whether a delivery risk is still open. */
export const RISK_STATUSES = ['open', 'closed'] as const;
/** Rule severities, plus `off` to silence a rule. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;

export type Party = (typeof PARTIES)[number];
export type ModuleDimension = (typeof MODULE_DIMENSIONS)[number];
export type FunctionCategory = (typeof FUNCTION_CATEGORIES)[number];
export type DeliveryStep = (typeof DELIVERY_STEPS)[number];
export type OpsStage = (typeof OPS_STAGES)[number];
export type RoadmapStage = (typeof ROADMAP_STAGES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type Accuracy = (typeof ACCURACY)[number];
export type PlanCondition = (typeof PLAN_CONDITIONS)[number];
export type NorthStarCriterion = (typeof NORTH_STAR_CRITERIA)[number];
export type CapabilityArea = (typeof CAPABILITY_AREAS)[number];
export type AreaRequirement = (typeof ALL_AREA_REQUIREMENTS)[number];
export type ArchitectureDimension = (typeof ARCHITECTURE_DIMENSIONS)[number];
export type ScopeStatus = (typeof SCOPE_STATUSES)[number];
export type RequirementType = (typeof REQUIREMENT_TYPES)[number];
export type DeliveryRiskKind = (typeof DELIVERY_RISK_KINDS)[number];
