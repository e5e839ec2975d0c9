// An isolated Handlebars environment with dxplan's helpers, compiling the document templates.
import Handlebars from 'handlebars';
import { catalogue, type MessageKey, type Translator } from '../i18n/index.js';
import { csvField } from './escape/csv.js';
import { escapeHtml } from './escape/html.js';
import { markdownInline } from './escape/markdown-cell.js';
import { mermaidLabel, mermaidWrappedLabel } from './escape/mermaid-label.js';
import { TemplateError, type LabelFn, type TemplateSources } from './types.js';
import { closest } from '../shared/did-you-mean.js';

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
 * field fail loudly instead of printing nothing. Templates named `_*.hbs` are partials (the build names a `partials/x.hbs` file `_x.hbs`).
 */
export function createTemplateRenderer(sources: TemplateSources, t: Translator, label: LabelFn): TemplateRenderer {
  const hb = Handlebars.create();
  const isHtml = (name: string) => name.endsWith('.html.hbs');

  // Each helper checks how many arguments it got: `{{label}}` with no arguments would otherwise
  // call the helper instead of reading a field named "label", and print nonsense silently.
  const helper = (name: string, arity: number, fn: (...args: unknown[]) => unknown) =>
    hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      const given = args.length - 1; // Handlebars passes its options object last
      if (given < arity) throw new Error(t('build.template.helperArity', { helper: name, arity }));
      return fn(...args);
    });
  helper('t', 1, (key, options) => {
    const k = text(key);
    if (!(k in catalogue)) {
      const suggestion = closest(k, Object.keys(catalogue));
      throw new Error(t('build.template.unknownMessage', { key: k }) + (suggestion ? t('cli.err.didYouMean', { suggestion }) : ''));
    }
    return t(k as MessageKey, ((options as Handlebars.HelperOptions | undefined)?.hash ?? {}) as Record<string, string | number>);
  });
  helper('label', 2, (group, value) => label(`${text(group)}.${text(value)}`));
  helper('md', 1, (value) => markdownInline(text(value)));
  helper('mmd', 1, (value) => mermaidLabel(text(value)));
  helper('mmdWrap', 2, (value, columns) => mermaidWrappedLabel(text(value), Number(columns)));
  helper('csv', 1, (value) => csvField(value === null || value === undefined ? '' : (value as string | number | boolean)));
  helper('html', 1, (value) => new hb.SafeString(escapeHtml(text(value))));
  helper('json', 1, (value) => JSON.stringify(value ?? null));
  helper('eq', 2, (a, b) => a === b);
  helper('gt', 2, (a, b) => Number(a) > Number(b));
  helper('join', 1, (items, separator) => (Array.isArray(items) ? items.map(text).join(typeof separator === 'string' ? separator : ', ') : ''));
  helper('inc', 1, (n) => Number(n) + 1);

  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const compile = (name: string): Handlebars.TemplateDelegate => {
    let fn = compiled.get(name);
    if (!fn) {
      const source = sources[name];
      if (source === undefined) throw new TemplateError(name, t('build.template.notFound'));
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
