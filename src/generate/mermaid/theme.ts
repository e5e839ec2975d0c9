// The one visual theme of every diagram: Mermaid's theme variables, the node classes and the
// layout settings, written into each `.mmd` as front matter so the file alone says how it looks
// (GitHub, the HTML report drawing it offline, and `--render` all draw the same picture).

/** The palette every diagram, the HTML report and the slide deck share (hex, no `#`-less forms). */
export const PALETTE = {
  ink: '#1d2330',
  primary: '#1f4e79',
  primaryLight: '#eaf1fb',
  primaryBorder: '#5b8bd0',
  accentLight: '#fff4e5',
  accentBorder: '#e0a040',
  line: '#5b6b82',
  muted: '#667085',
  layer: '#f4f8fd',
  layerBorder: '#9fb6d6',
  doneFill: '#dff0d8',
  doneBorder: '#3c763d',
  doneText: '#2b542c',
  plannedFill: '#fcf8e3',
  plannedBorder: '#c09853',
  plannedText: '#8a6d3b',
  todoFill: '#f5f5f5',
  todoBorder: '#999999',
  todoText: '#555555',
  missingFill: '#fdecea',
  missingText: '#c0392b',
  white: '#ffffff',
} as const;

/** Fonts of every picture: Latin first, then the CJK faces of Linux, macOS and Windows. */
export const DIAGRAM_FONTS = '"Helvetica Neue", Arial, "Noto Sans CJK SC", "Noto Sans CJK TC", "PingFang SC", "PingFang TC", "Microsoft YaHei", "Microsoft JhengHei", sans-serif';

/** Node classes by name, as Mermaid `classDef` styles (the only place a diagram colour is chosen). */
export const NODE_CLASSES: Readonly<Record<string, string>> = {
  goal: `fill:${PALETTE.primary},color:${PALETTE.white},stroke:${PALETTE.primary}`,
  function: `fill:${PALETTE.primaryLight},stroke:${PALETTE.primaryBorder},color:${PALETTE.ink}`,
  role: `fill:${PALETTE.accentLight},stroke:${PALETTE.accentBorder},color:${PALETTE.ink}`,
  party: `fill:${PALETTE.primaryLight},stroke:${PALETTE.primaryBorder},color:${PALETTE.ink}`,
  platform: `fill:${PALETTE.primary},color:${PALETTE.white},stroke:${PALETTE.primary}`,
  resource: `fill:${PALETTE.accentLight},stroke:${PALETTE.accentBorder},color:${PALETTE.ink}`,
  metric: `fill:${PALETTE.primary},color:${PALETTE.white},stroke:${PALETTE.primary}`,
  input: `fill:${PALETTE.primaryLight},stroke:${PALETTE.primaryBorder},color:${PALETTE.ink}`,
  done: `fill:${PALETTE.doneFill},stroke:${PALETTE.doneBorder},color:${PALETTE.doneText}`,
  planned: `fill:${PALETTE.plannedFill},stroke:${PALETTE.plannedBorder},color:${PALETTE.plannedText}`,
  todo: `fill:${PALETTE.todoFill},stroke:${PALETTE.todoBorder},color:${PALETTE.todoText}`,
  exempted: `fill:${PALETTE.todoFill},stroke:${PALETTE.todoBorder},stroke-dasharray:4 4,color:${PALETTE.todoText}`,
  missing: `fill:${PALETTE.missingFill},stroke:${PALETTE.missingText},color:${PALETTE.missingText}`,
  // The point a function's role links leave from: a dot in the line colour.
  port: `fill:${PALETTE.line},stroke:${PALETTE.line}`,
  layerLabel: `fill:${PALETTE.primary},color:${PALETTE.white},stroke:${PALETTE.primary}`,
  stage: `fill:${PALETTE.primary},color:${PALETTE.white},stroke:${PALETTE.primary}`,
  currentStage: `fill:${PALETTE.primary},color:${PALETTE.white},stroke:${PALETTE.accentBorder},stroke-width:4px`,
  arrow: `fill:${PALETTE.layerBorder},stroke:${PALETTE.layerBorder}`,
  // One tint per module dimension, so each layer of the product architecture reads as a band.
  layer1: `fill:${PALETTE.primaryLight},stroke:${PALETTE.primaryBorder},color:${PALETTE.ink}`,
  layer2: `fill:${PALETTE.accentLight},stroke:${PALETTE.accentBorder},color:${PALETTE.ink}`,
  layer3: `fill:#e8f5ec,stroke:#5aa66e,color:${PALETTE.ink}`,
  layer4: `fill:#f3ecfa,stroke:#9a7cc4,color:${PALETTE.ink}`,
  layer5: `fill:#eef4f4,stroke:#5f9ea0,color:${PALETTE.ink}`,
};

/** Styles of the subgraphs (layers, stages, groups), applied with `style <id> …`. */
export const GROUP_STYLES = {
  layer: `fill:${PALETTE.layer},stroke:${PALETTE.layerBorder},color:${PALETTE.primary}`,
  current: `fill:${PALETTE.layer},stroke:${PALETTE.primary},stroke-width:3px,color:${PALETTE.primary}`,
  group: `fill:${PALETTE.white},stroke:${PALETTE.accentBorder},stroke-dasharray:4 4,color:${PALETTE.ink}`,
} as const;

/** Mermaid's theme variables every diagram shares: the `base` theme recoloured with the palette. */
export const COMMON_THEME_VARIABLES: Readonly<Record<string, string>> = {
  fontFamily: DIAGRAM_FONTS,
  fontSize: '16px',
  primaryColor: PALETTE.primaryLight,
  primaryBorderColor: PALETTE.primaryBorder,
  primaryTextColor: PALETTE.ink,
  lineColor: PALETTE.line,
  textColor: PALETTE.ink,
  titleColor: PALETTE.primary,
};

/** The kinds of Mermaid diagram dxplan draws, each with the variables and settings it reads. */
export type DiagramKind = 'flowchart' | 'block' | 'radar' | 'gantt';

/** Theme variables only one kind of diagram reads, kept out of the others' files. */
const KIND_THEME_VARIABLES: Readonly<Record<DiagramKind, Readonly<Record<string, string>>>> = {
  flowchart: {
    secondaryColor: PALETTE.accentLight,
    secondaryBorderColor: PALETTE.accentBorder,
    tertiaryColor: PALETTE.layer,
    clusterBkg: PALETTE.layer,
    clusterBorder: PALETTE.layerBorder,
    edgeLabelBackground: PALETTE.white,
  },
  block: {},
  radar: { cScale0: PALETTE.primaryBorder, cScale1: PALETTE.accentBorder, cScale2: PALETTE.doneBorder },
  gantt: {
    taskBkgColor: PALETTE.primaryLight,
    taskBorderColor: PALETTE.primaryBorder,
    taskTextColor: PALETTE.ink,
    taskTextOutsideColor: PALETTE.ink,
    taskTextDarkColor: PALETTE.ink,
    sectionBkgColor: PALETTE.layer,
    altSectionBkgColor: PALETTE.white,
    sectionBkgColor2: PALETTE.layer,
    gridColor: '#d0d7e2',
    milestoneBackgroundColor: PALETTE.accentBorder,
    milestoneBorderColor: PALETTE.accentBorder,
  },
};

/** Layout settings shared by every flowchart: room between columns so edges never cross a box. */
const FLOWCHART = { htmlLabels: true, curve: 'basis', nodeSpacing: 36, rankSpacing: 70, padding: 12, wrappingWidth: 220 };

/** A value of the front matter, written as YAML. */
type ConfigValue = string | number | boolean | { readonly [key: string]: ConfigValue };

/** YAML for a nested map of plain values; strings are JSON-quoted, which YAML reads as they are. */
function yamlOf(value: { readonly [key: string]: ConfigValue }, indent: string): string {
  return Object.entries(value)
    .map(([key, v]) => (typeof v === 'object' ? `${indent}${key}:\n${yamlOf(v, `${indent}  `)}` : `${indent}${key}: ${typeof v === 'string' ? JSON.stringify(v) : String(v)}\n`))
    .join('');
}

/**
 * The front matter of a diagram: the theme, the flowchart layout, and the diagram's own settings
 * (`extra`, e.g. the radar's margins), as the first lines of its `.mmd` file.
 */
export function themeFrontMatter(kind: DiagramKind, extra: { readonly [key: string]: ConfigValue } = {}): string {
  const base: Record<string, ConfigValue> = { theme: 'base', themeVariables: { ...COMMON_THEME_VARIABLES, ...KIND_THEME_VARIABLES[kind] } };
  if (kind === 'flowchart') base.flowchart = FLOWCHART;
  const config = merged(base, extra);
  return `---\nconfig:\n${yamlOf(config, '  ')}---\n`;
}

/** `base` with `over` laid on top, maps merged key by key (a diagram adds to the theme, never drops it). */
function merged(base: { readonly [key: string]: ConfigValue }, over: { readonly [key: string]: ConfigValue }): { [key: string]: ConfigValue } {
  const out: { [key: string]: ConfigValue } = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = out[key];
    out[key] = typeof value === 'object' && typeof under === 'object' ? merged(under, value) : value;
  }
  return out;
}

/** The `classDef` lines for the classes a diagram uses, in the order given. */
export function classDefs(names: readonly (keyof typeof NODE_CLASSES)[]): string {
  return names.map((name) => `  classDef ${name} ${NODE_CLASSES[name]}\n`).join('');
}

/** What every diagram template gets as `theme`: its front matter and its class definitions. */
export interface DiagramTheme {
  frontMatter: string;
  classDefs: string;
  groups: typeof GROUP_STYLES;
}

/** The theme for one diagram: its classes and its own settings. */
export function diagramTheme(kind: DiagramKind, classes: readonly string[], extra: { readonly [key: string]: ConfigValue } = {}): DiagramTheme {
  return { frontMatter: themeFrontMatter(kind, extra), classDefs: classDefs(classes), groups: GROUP_STYLES };
}
