/**
 * The command line of `news-widgets render`: which widget, which bundle, which format, and the
 * widget's documented attributes (from the widget catalog; nothing else is accepted).
 */
import { LANGUAGE_TAG_PATTERN } from '../bundle/schema.js';
import { attributesOf, flagIsOn, kindOf, THEMES, widgetByTag, WIDGETS, type WidgetDescription } from '../catalog/catalog.js';
import { isDateAtAnyPrecision } from '../helpers/dates.js';
import { nearMisses } from '../helpers/near-miss.js';

export const RENDER_USAGE = `Usage: news-widgets render --widget <tag> --<entity> <id> --src <file-or-url> [options]

Prints one widget as static HTML, for newsletters, AMP pages and app feeds that run no script.

  --widget <tag>        ${WIDGETS.map((widget) => widget.tag).join(', ')}
  --${WIDGETS.map((widget) => widget.entity.attribute).join(', --')} <id>
                        what to show: the attribute the widget takes, e.g. --actor sdf
  --src <file-or-url>   the bundle; "-" reads standard input
  --format ssr|plain    ssr (default): the element with its shadow DOM declared in the HTML
                        (Lit SSR, declarative shadow DOM, styles included);
                        plain: semantic HTML only, no shadow DOM, no styles, no script
  --lang <tag>          language of the widget (en, ar, …); default: the bundle's
  --theme light|dark    default light (a static page cannot follow the reader's setting)
  --dir ltr|rtl         default: the direction of the language
  Each widget's own attributes, as options:
${WIDGETS.filter((widget) => widget.options.length > 0)
  .map((widget) => `    ${widget.tag}: ${widget.options.map((option) => `--${option.attribute}${option.kind === 'flag' ? '' : ` <${option.kind === 'date' ? 'YYYY-MM-DD' : option.kind === 'heading-level' ? '1-6' : 'value'}>`}`).join(', ')}`)
  .join('\n')}

Exit status: 0 printed, 1 unknown widget, entity not found or bundle invalid, 2 wrong usage.`;

export type RenderFormat = 'ssr' | 'plain';

export interface RenderRequest {
  readonly widget: WidgetDescription;
  readonly src: string;
  readonly format: RenderFormat;
  /** The widget's attributes to set (flags as ""), src excluded: a static page does not fetch. */
  readonly attributes: ReadonlyMap<string, string>;
}

export type ParsedRenderArgs =
  | { readonly status: 'ok'; readonly request: RenderRequest }
  | { readonly status: 'help' }
  | { readonly status: 'error'; readonly exitCode: 1 | 2; readonly message: string };

/** Attributes that make no sense in static HTML: `src` is `--src` here, and nothing refreshes. */
const NOT_RENDERED = new Set(['src', 'refresh']);

const usage = (message: string): ParsedRenderArgs => ({ status: 'error', exitCode: 2, message });
const options = (names: readonly string[]) => names.map((name) => `--${name}`).join(', ');

/** `--name value`, `--name=value`, or `--name` alone (a flag, or a missing value). */
function readPairs(args: readonly string[]): Map<string, string | undefined> | string {
  const pairs = new Map<string, string | undefined>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--') || arg === '--') return `unexpected "${arg}": every option is written --name value.`;
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg.slice(2) : arg.slice(2, equals);
    let value: string | undefined = equals === -1 ? undefined : arg.slice(equals + 1);
    if (value === undefined && i + 1 < args.length && !args[i + 1].startsWith('--')) value = args[++i];
    if (pairs.has(name)) return `--${name} is given twice.`;
    pairs.set(name, value);
  }
  return pairs;
}

/** Why a value cannot be used for an attribute, or undefined if it can. */
function valueProblem(widget: WidgetDescription, name: string, value: string): string | undefined {
  switch (name) {
    case 'theme':
      return (THEMES as readonly string[]).includes(value) ? undefined : `--theme is ${THEMES.slice(0, -1).join(', ')} or ${THEMES.at(-1)}, not "${value}".`;
    case 'dir':
      return value === 'ltr' || value === 'rtl' ? undefined : `--dir is ltr or rtl, not "${value}".`;
    case 'lang':
      return LANGUAGE_TAG_PATTERN.test(value) ? undefined : `--lang takes a language tag like en or ar, not "${value}".`;
  }
  switch (kindOf(widget, name)) {
    case 'heading-level':
      return /^[1-6]$/.test(value) ? undefined : `--${name} is a whole number from 1 to 6, not "${value}".`;
    case 'date':
      return isDateAtAnyPrecision(value)
        ? undefined
        : `--${name} is a date written like 2017-11-03 (or a month, 2017-11, or a year, 2017), not "${value}".`;
    default:
      return undefined;
  }
}

export function parseRenderArgs(args: readonly string[]): ParsedRenderArgs {
  if (args.includes('--help') || args.includes('-h')) return { status: 'help' };
  const pairs = readPairs(args);
  if (typeof pairs === 'string') return usage(pairs);
  const tag = pairs.get('widget');
  if (!tag) return usage('--widget is required: which widget to render.');
  const src = pairs.get('src');
  if (!src) return usage('--src is required: the bundle file or URL ("-" for standard input).');
  const format = pairs.get('format') ?? 'ssr';
  if (format !== 'ssr' && format !== 'plain') return usage(`--format is ssr or plain, not "${format}".`);

  const widget = widgetByTag(tag);
  if (!widget) {
    const tags = WIDGETS.map((each) => each.tag);
    const close = nearMisses(tag, tags);
    return {
      status: 'error',
      exitCode: 1,
      message: `there is no widget "${tag}"${close.length > 0 ? `; did you mean "${close.join('" or "')}"?` : '.'} The widgets are ${tags.join(', ')}.`,
    };
  }
  const accepted = attributesOf(widget).filter((name) => !NOT_RENDERED.has(name));
  const unknown = [...pairs.keys()].filter((name) => !['widget', 'src', 'format', ...accepted].includes(name));
  if (unknown.length > 0) {
    return usage(`${options(unknown)} ${unknown.length === 1 ? 'is not an option' : 'are not options'} of <${widget.tag}>, which takes ${options(accepted)}.`);
  }
  const attributes = new Map<string, string>();
  for (const name of accepted) {
    if (!pairs.has(name)) continue;
    const value = pairs.get(name);
    if (kindOf(widget, name) === 'flag') {
      if (value === undefined || flagIsOn(value)) attributes.set(name, '');
      continue;
    }
    if (value === undefined || !value.trim()) return usage(`--${name} needs a value.`);
    const problem = valueProblem(widget, name, value.trim());
    if (problem) return usage(problem);
    attributes.set(name, value.trim());
  }
  return { status: 'ok', request: { widget, src, format, attributes } };
}
