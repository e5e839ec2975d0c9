// An isolated Handlebars environment with dxplan's helpers, compiling the document templates.
import Handlebars from 'handlebars';
import { catalogue, type MessageKey, type Translator } from '../i18n/index.js';
import { csvField } from './escape/csv.js';
import { escapeHtml } from './escape/html.js';
import { markdownInline } from './escape/markdown-cell.js';
import { mermaidLabel } from './escape/mermaid-label.js';
import { TemplateError, type LabelFn, type TemplateSources } from './types.js';

/** Renders named templates; `render` throws TemplateError naming the template on any failure. */
export interface TemplateRenderer {
  render(name: string, context: unknown): string;
  has(name: string): boolean;
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/**
 * Builds the environment for one build. Markdown, Mermaid and CSV templates are compiled with
 * `noEscape` (HTML-escaping Markdown would corrupt it) and must escape with `md`, `mmd` or `csv`;
 * HTML templates keep Handlebars' HTML escaping on every `{{value}}`. `strict` makes a misspelt
 * field fail loudly instead of printing nothing. Templates named `_*.hbs` are partials.
 */
export function createTemplateRenderer(sources: TemplateSources, t: Translator, label: LabelFn): TemplateRenderer {
  const hb = Handlebars.create();
  const isHtml = (name: string) => name.endsWith('.html.hbs');

  hb.registerHelper('t', function (key: unknown, options: Handlebars.HelperOptions) {
    const k = text(key);
    if (!(k in catalogue)) throw new Error(`unknown message "${k}"`);
    const hash = (options?.hash ?? {}) as Record<string, string | number>;
    return t(k as MessageKey, hash);
  });
  hb.registerHelper('label', (group: unknown, value: unknown) => label(`${text(group)}.${text(value)}`));
  hb.registerHelper('md', (value: unknown) => markdownInline(text(value)));
  hb.registerHelper('mmd', (value: unknown) => mermaidLabel(text(value)));
  hb.registerHelper('csv', (value: unknown) => csvField(value === null || value === undefined ? '' : (value as string | number | boolean)));
  hb.registerHelper('html', (value: unknown) => new hb.SafeString(escapeHtml(text(value))));
  hb.registerHelper('json', (value: unknown) => JSON.stringify(value ?? null));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
  hb.registerHelper('join', (items: unknown, separator: unknown) => (Array.isArray(items) ? items.map(text).join(typeof separator === 'string' ? separator : ', ') : ''));
  hb.registerHelper('inc', (n: unknown) => Number(n) + 1);

  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const compile = (name: string): Handlebars.TemplateDelegate => {
    let fn = compiled.get(name);
    if (!fn) {
      const source = sources[name];
      if (source === undefined) throw new TemplateError(name, 'template not found');
      fn = hb.compile(source, { strict: true, noEscape: !isHtml(name) });
      compiled.set(name, fn);
    }
    return fn;
  };
  for (const name of Object.keys(sources).sort()) {
    if (name.startsWith('_') && name.endsWith('.hbs')) {
      const partial = name.slice(1, -'.hbs'.length);
      hb.registerPartial(partial, (context: unknown, options?: Handlebars.RuntimeOptions) => {
        try {
          return compile(name)(context, options);
        } catch (error) {
          throw error instanceof TemplateError ? error : new TemplateError(name, (error as Error).message);
        }
      });
    }
  }

  return {
    has: (name) => sources[name] !== undefined,
    render(name, context) {
      try {
        return compile(name)(context);
      } catch (error) {
        throw error instanceof TemplateError ? error : new TemplateError(name, (error as Error).message);
      }
    },
  };
}
