/**
 * `npx news-widgets render --widget <tag> --<entity> <id> --src bundle.json`: one widget as
 * static HTML on standard output. `--format ssr` (default) is the element rendered by Lit SSR,
 * its shadow DOM declared in the HTML; `--format plain` is the same rendering as plain HTML.
 *
 * The elements run here as they do in a browser, on Lit's server build (`isServer`), given the
 * bundle as an object: the same code, so the same text.
 */
/// <reference types="node" />
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../catalog/define-all.js';
import { withAbsoluteLinks } from '../bundle/absolute-links.js';
import { BundleIndex } from '../bundle/bundle-index.js';
import { readBundleText } from '../bundle/read-bundle.js';
import type { Bundle } from '../bundle/schema.js';
import { formatProblem } from '../bundle/validate.js';
import { listIds, suggestIds } from '../helpers/near-miss.js';
import { escapeAttribute } from '../helpers/markup.js';
import { plainHtml } from './plain-html.js';
import { isWebAddress, readFailure, readInput } from './read-input.js';
import { parseRenderArgs, RENDER_USAGE, type RenderRequest } from './render-args.js';

class RenderError extends Error {}

async function readBundle(src: string): Promise<Bundle> {
  const where = src === '-' ? 'standard input' : src;
  let text: string;
  try {
    text = await readInput(src);
  } catch (error) {
    throw new RenderError(`could not read ${where}: ${readFailure(error)}`);
  }
  const reading = readBundleText(text, where);
  if (!reading.valid) {
    const { error, problems } = reading;
    // Text that is no bundle at all has one problem, at its root: said in one line.
    throw new RenderError(
      error.code === 'bundle-invalid'
        ? `${where} is not a valid bundle (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`
        : `${where} ${problems[0].message}`,
    );
  }
  return isWebAddress(src) ? withAbsoluteLinks(reading.bundle, src) : reading.bundle;
}

/** Every id the entity attribute names must be in the bundle (an attribute may name several, separated by spaces). */
function checkEntity({ widget, attributes }: RenderRequest, bundle: Bundle): void {
  const { attribute, list, noun } = widget.entity;
  const ids = new BundleIndex(bundle).ids(list);
  const wanted = attributes.get(attribute)?.split(/\s+/).filter(Boolean) ?? [];
  if (wanted.length === 0) {
    throw new RenderError(`<${widget.tag}> needs --${attribute}: the id of one of the bundle's ${noun}s (${listIds(ids)}).`);
  }
  const missing = wanted.filter((id) => !ids.includes(id));
  if (missing.length > 0) {
    throw new RenderError(
      missing.map((id) => `the bundle "${bundle.meta.id}" has no ${noun} "${id}" (${suggestIds(id, ids)})`).join('; ') + `. Correct --${attribute}.`,
    );
  }
}

/**
 * The element, server-rendered, with the attributes the command line gave (and the theme, light
 * unless asked). The tag and the attribute names come from the widget catalog, never from the
 * command line; the values are escaped; the bundle is bound as a property.
 */
async function renderElement({ widget, attributes }: RenderRequest, bundle: Bundle): Promise<string> {
  const written = new Map([...attributes, ['theme', attributes.get('theme') ?? 'light']]);
  const opening = [...written].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const tag = unsafeStatic(widget.tag);
  // One line: the spaces between attributes left out stay in the output. The opening tag is a
  // static value (lit/static-html.js), which the lit lint rules do not know.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return collectResult(render(html`<${tag}${unsafeStatic(opening)} .bundle=${bundle}></${tag}>`));
}

export async function renderCommand(args: readonly string[]): Promise<number> {
  const parsed = parseRenderArgs(args);
  if (parsed.status === 'help') {
    console.log(RENDER_USAGE);
    return 0;
  }
  if (parsed.status === 'error') {
    console.error(`news-widgets render: ${parsed.message}${parsed.exitCode === 2 ? `\n\n${RENDER_USAGE}` : ''}`);
    return parsed.exitCode;
  }
  const { request } = parsed;
  try {
    const bundle = await readBundle(request.src);
    checkEntity(request, bundle);
    const ssr = await renderElement(request, bundle);
    const entity = request.attributes.get(request.widget.entity.attribute) ?? '';
    const output = request.format === 'plain' ? plainHtml(ssr, `${request.widget.tag}-${entity.replace(/\s+/g, '-')}`) : ssr;
    process.stdout.write(`${output}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    console.error(`news-widgets render: ${error.message}`);
    return 1;
  }
}
