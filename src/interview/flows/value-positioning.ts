// Value positioning (methodology §2): whether the method fits; per party its persona, pain points
// and one measurable core value; the platform's own value dimensions; the key resources the
// business already holds; the principles the team agrees to.
import { PLATFORM_VALUE_DIMENSIONS, PRINCIPLES, RESOURCE_TYPES, VALUE_KINDS } from '../../domain/enums.js';
import {
  answerKey,
  asList,
  asRecord,
  askEnum,
  askEnums,
  askNameAndId,
  askText,
  editItems,
  enumChoices,
  question,
  savedText,
  type Flow,
  type FlowContext,
  type Section,
} from '../flow-kit.js';
import { isExampleItem, isPlaceholderText } from '../placeholder.js';

/** The two external parties and the prefix of their question ids. */
const EXTERNAL = [
  { party: 'demand_side', prefix: 'demand' },
  { party: 'resource_side', prefix: 'resource' },
] as const;

/** The scope-fit statements, stored as booleans under scope_fit. */
const SCOPE_FIT = ['stable_business', 'existing_resources'] as const;

/** The value-positioning flow. */
export const valuePositioningFlow: Flow = (ctx) => {
  const { t } = ctx;
  const sections: Section[] = [
    { id: 'fit', title: t('iv.vp.step.fit'), run: () => scopeFit(ctx) },
    ...EXTERNAL.map(({ party, prefix }) => ({ id: party, title: ctx.glossary.label(`party.${party}`, ctx.locale), run: () => externalParty(ctx, party, prefix) })),
    { id: 'platform_side', title: ctx.glossary.label('party.platform_side', ctx.locale), run: () => platformSide(ctx) },
    {
      id: 'key_resources',
      title: t('iv.vp.step.resources'),
      items: () => [
        ...asList(ctx.session.get(['key_resources']))
          .map(asRecord)
          .filter((r) => typeof r.id === 'string' && !isExampleItem(r))
          .map((r) => ({ id: String(r.id), label: String(r.name ?? r.id) })),
        { id: '+new', label: t('iv.menu.addNew') },
      ],
      run: (item) => keyResources(ctx, item),
    },
    {
      id: 'principles',
      title: t('iv.vp.step.principles'),
      run: async () => {
        await askEnums(ctx, { id: 'principles', key: answerKey(ctx, 'principles'), path: ['principles'], group: 'principle', values: PRINCIPLES });
      },
    },
  ];
  return sections;
};

/** Scope fit: both statements in one checklist, because the definition asks them together. */
async function scopeFit(ctx: FlowContext): Promise<void> {
  const { t, session, prompter } = ctx;
  const scope = question(ctx, 'scope_fit');
  const savedScope = asRecord(session.get(['scope_fit']));
  const fits = await prompter.checkbox({
    key: answerKey(ctx, 'scope_fit'),
    message: scope.message,
    help: scope.help,
    choices: SCOPE_FIT.map((value) => ({ value, name: t(`iv.vp.${value}`) })),
    default: session.get(['scope_fit']) === undefined ? undefined : SCOPE_FIT.filter((s) => savedScope[s] === true),
  });
  await session.set(['scope_fit'], Object.fromEntries(SCOPE_FIT.map((s) => [s, fits.includes(s)])));
  if (fits.length < SCOPE_FIT.length) prompter.say(t('iv.vp.scopeWarning'));
}

/** One external party: persona, pain points, core value, its kind and measure. */
async function externalParty(ctx: FlowContext, party: string, prefix: string): Promise<void> {
  const { session, prompter } = ctx;
  const base = ['parties', party];
  const context = ctx.glossary.label(`party.${party}`, ctx.locale);
  await askText(ctx, { id: `${prefix}_persona`, key: answerKey(ctx, `${prefix}_persona`), path: [...base, 'persona'], required: true, context });
  const pains = question(ctx, `${prefix}_pain_points`);
  const savedPains = asList(session.get([...base, 'pain_points'])).filter((p): p is string => typeof p === 'string' && !isPlaceholderText(p));
  const painPoints = await prompter.list({
    key: answerKey(ctx, `${prefix}_pain_points`),
    message: `[${context}] ${pains.message}`,
    help: pains.help,
    default: savedPains.length > 0 ? savedPains : undefined,
    validate: ctx.v.requiredText,
    min: 1,
  });
  await session.set([...base, 'pain_points'], painPoints);
  await askText(ctx, { id: `${prefix}_core_value`, key: answerKey(ctx, `${prefix}_core_value`), path: [...base, 'core_value', 'statement'], required: true, context });
  await askEnum(ctx, { id: `${prefix}_value_kind`, key: answerKey(ctx, `${prefix}_value_kind`), path: [...base, 'core_value', 'kind'], group: 'value_kind', values: VALUE_KINDS, context });
  await askText(ctx, { id: `${prefix}_measure`, key: answerKey(ctx, `${prefix}_measure`), path: [...base, 'core_value', 'measure'], required: true, context });
}

/** The platform's value dimensions (one statement each) and its one core value. */
async function platformSide(ctx: FlowContext): Promise<void> {
  const { session, prompter, t } = ctx;
  const base = ['parties', 'platform_side'];
  const context = ctx.glossary.label('party.platform_side', ctx.locale);
  const savedDims = asList(session.get([...base, 'value_dimensions']))
    .map(asRecord)
    .filter((d) => !isPlaceholderText(d.statement));
  const dims = question(ctx, 'platform_value_dimensions');
  const chosen = await prompter.checkbox({
    key: answerKey(ctx, 'platform_value_dimensions'),
    message: `[${context}] ${dims.message}`,
    help: dims.help,
    choices: enumChoices(ctx, 'platform_value_dimension', PLATFORM_VALUE_DIMENSIONS),
    default: savedDims.length > 0 ? PLATFORM_VALUE_DIMENSIONS.filter((d) => savedDims.some((s) => s.dimension === d)) : undefined,
    validate: (values) => ctx.v.atLeast(1)(values.length),
  });
  // One statement per chosen dimension, in the methodology's order. Each is saved as it is given;
  // a chosen dimension not answered yet keeps its saved statement, so stopping here loses nothing.
  const statements = new Map<string, string>();
  const current = () =>
    chosen.flatMap((dimension) => {
      const statement = statements.get(dimension) ?? savedDims.find((s) => s.dimension === dimension)?.statement;
      return typeof statement === 'string' ? [{ dimension, statement }] : [];
    });
  for (const dimension of chosen) {
    const label = ctx.glossary.label(`platform_value_dimension.${dimension}`, ctx.locale);
    const statement = await prompter.text({
      key: answerKey(ctx, 'platform_statements', dimension),
      message: `[${context}] ${t('iv.vp.dimensionStatement', { dimension: label })}`,
      help: dims.help,
      default: savedText(savedDims.find((s) => s.dimension === dimension)?.statement),
      validate: ctx.v.requiredText,
    });
    statements.set(dimension, statement);
    await session.set([...base, 'value_dimensions'], current());
  }
  if (chosen.length === 0) await session.set([...base, 'value_dimensions'], []);

  await askText(ctx, { id: 'platform_core_value', key: answerKey(ctx, 'platform_core_value'), path: [...base, 'core_value', 'statement'], required: true, context });
  const core = question(ctx, 'platform_core_value');
  const savedDimension = session.get([...base, 'core_value', 'dimension']);
  const dimension = await prompter.select({
    key: answerKey(ctx, 'platform_core_dimension'),
    message: `[${context}] ${t('iv.vp.coreDimension')}`,
    help: core.help,
    choices: enumChoices(ctx, 'platform_value_dimension', PLATFORM_VALUE_DIMENSIONS),
    default: (PLATFORM_VALUE_DIMENSIONS as readonly unknown[]).includes(savedDimension) ? (savedDimension as (typeof PLATFORM_VALUE_DIMENSIONS)[number]) : chosen[0],
  });
  await session.set([...base, 'core_value', 'dimension'], dimension);
  await askText(ctx, { id: 'platform_measure', key: answerKey(ctx, 'platform_measure'), path: [...base, 'core_value', 'measure'], required: true, context });
}

/** The key resources: name, type and how each helps the launch. */
async function keyResources(ctx: FlowContext, only?: string): Promise<void> {
  const { t, session } = ctx;
  const listPath = ['key_resources'];
  const resources = question(ctx, 'key_resources');
  if (only === undefined) ctx.prompter.say(`${resources.message}`);
  await editItems(ctx, {
    listPath,
    key: answerKey(ctx, 'key_resources'),
    label: (item) => String(item.name ?? item.id ?? ''),
    exampleLabel: t('iv.vp.exampleResource'),
    detail: (item) => (typeof item.description === 'string' ? item.description : undefined),
    nextMessage: (count) => ({ message: t(count === 0 ? 'iv.vp.nextResource' : 'iv.vp.nextAnotherResource'), help: resources.help }),
    min: 1,
    only,
    ask: async (index, key, isNew, given, fillIn) => {
      const resource = await askNameAndId(ctx, {
        listPath,
        index,
        key,
        isNew,
        given,
        fillIn,
        nameQuestion: { message: t('iv.vp.resourceName'), help: resources.help },
        prefix: 'resource',
      });
      if (!resource) return false;
      const { name, index: at } = resource;
      const type = await ctx.prompter.select({
        key: [...key, 'type'],
        message: `[${name}] ${t('iv.vp.resourceType')}`,
        help: resources.help,
        choices: enumChoices(ctx, 'resource_type', RESOURCE_TYPES),
        default: (RESOURCE_TYPES as readonly unknown[]).includes(session.get([...listPath, at, 'type'])) && !isNew
          ? (session.get([...listPath, at, 'type']) as (typeof RESOURCE_TYPES)[number])
          : undefined,
      });
      await session.set([...listPath, at, 'type'], type);
      const description = await ctx.prompter.text({
        key: [...key, 'description'],
        message: `[${name}] ${t('iv.vp.resourceDescription')}`,
        help: resources.help,
        default: savedText(session.get([...listPath, at, 'description'])),
        validate: ctx.v.optionalText,
      });
      await session.set([...listPath, at, 'description'], description || undefined);
    },
  });
}
