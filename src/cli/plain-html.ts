/**
 * The plain-HTML version of a server-rendered widget, for readers whose client runs no script
 * and knows no shadow DOM or custom styles (newsletters, AMP, app feeds): the widget's own
 * rendering, taken out of its shadow root and reduced to what a screen reader gets from it.
 *
 * - Styles, scripts, drawings and everything hidden from assistive technology go (the bar that
 *   the legend repeats, colour marks), except quotation marks: punctuation stays.
 * - A button that shows hidden content becomes `<details>` with that content, closed, so the
 *   reader can still open it without script.
 * - "What the source says" (the small button after a fact, part `excerpt-toggle`, and the panel
 *   it opens, part `excerpts`) becomes a footnote, as in print: a numbered superscript link after
 *   the fact, and at the end of the widget an ordered list, headed "What the source says" in the
 *   widget's language, of each fact's excerpts with their outlet, headline and date, each with a
 *   link back to its fact. Ids carry the widget's prefix, so several widgets share a page.
 * - `role="heading"` becomes a real `<h1>`–`<h6>`; form controls go, their labels stay as text.
 * - Only attributes that carry meaning stay (language, direction, links, dates, list names).
 */
import { html, defaultTreeAdapter as tree, parseFragment, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

const DROPPED = new Set(['style', 'script', 'svg', 'slot', 'template', 'input', 'link']);
const KEPT_ATTRIBUTES = new Set(['lang', 'dir', 'href', 'rel', 'target', 'datetime', 'cite', 'aria-label']);
/** Where white space between elements is layout only, not a space between words. */
const BLOCKS = new Set(['div', 'ul', 'ol', 'figure', 'figcaption', 'blockquote', 'details', 'section']);
/** Where white space at the edges is a space between words of the surrounding text. */
const INLINE = new Set(['span', 'bdi', 'strong', 'em', 'cite', 'time', 'a', 'abbr', 'q']);
/** Text made only of punctuation (quotation marks): typography, not decoration, so it stays. */
const PUNCTUATION = /^[\p{P}\s]+$/u;
/**
 * The name of a footnote's link back to its fact, by the widget's language (English otherwise).
 * TODO(shared strings): belongs in src/i18n beside `whatTheSourceSays`.
 */
const BACK_TO_TEXT: Readonly<Record<string, string>> = { en: 'Back to the text', ar: 'العودة إلى النص' };

const isElement = (node: Node): node is Element => 'tagName' in node;
const textOf = (element: Element): string =>
  element.childNodes.map((child) => (tree.isTextNode(child) ? child.value : isElement(child) ? textOf(child) : '')).join('');
const attribute = (element: Element, name: string) => element.attrs.find((each) => each.name === name)?.value;
const hasPart = (element: Element, part: string) => attribute(element, 'part')?.split(/\s+/).includes(part) ?? false;

/** Every element under `parent`, in document order; a template's content counts as its children. */
function* elementsIn(parent: Element): Generator<Element> {
  const children = parent.tagName === 'template' ? tree.getTemplateContent(parent as Template).childNodes : parent.childNodes;
  for (const child of children) {
    if (!isElement(child)) continue;
    yield child;
    yield* elementsIn(child);
  }
}

interface Conversion {
  /** Elements by id, for the buttons that control them. */
  readonly byId: ReadonlyMap<string, Element>;
  /** Ids that a button turns into `<details>`: not shown where they stand. */
  readonly controlled: ReadonlySet<string>;
  /** Ids that name a kept list (`aria-labelledby`), prefixed to stay unique on the page. */
  readonly labels: ReadonlySet<string>;
  readonly idPrefix: string;
  /** The excerpt panels met so far, in the order of their buttons: the widget's footnotes. */
  readonly footnotes: Footnote[];
}

interface Footnote {
  /** The panel's name, "What the source says" in the widget's language. */
  readonly heading: string;
  /** The panel's content, converted: each excerpt's blockquote and caption. */
  readonly content: ChildNode[];
}

function make(tag: string, attrs: Array<{ name: string; value: string }>, children: readonly ChildNode[]): Element {
  const element = tree.createElement(tag, html.NS.HTML, attrs);
  for (const child of children) tree.appendChild(element, child);
  return element;
}

/**
 * The converted children of `parent`, with neighbouring text joined and white space collapsed
 * (Lit templates are indented; markup is not), and trimmed at the edges of block elements.
 */
function convertChildren(parent: Element, context: Conversion): ChildNode[] {
  const children: ChildNode[] = [];
  for (const child of tree.getChildNodes(parent)) {
    const converted = tree.isTextNode(child) ? [tree.createTextNode(tree.getTextNodeContent(child))] : isElement(child) ? convert(child, context) : [];
    for (const node of converted) {
      const last = children.at(-1);
      if (last && tree.isTextNode(last) && tree.isTextNode(node)) last.value += node.value;
      else children.push(node);
    }
  }
  const inline = INLINE.has(parent.tagName);
  return children.flatMap((child, i): ChildNode[] => {
    if (!tree.isTextNode(child)) return [child];
    let text = child.value.replace(/\s+/g, ' ');
    if (!inline && i === 0) text = text.trimStart();
    if (!inline && i === children.length - 1) text = text.trimEnd();
    return text === '' || (BLOCKS.has(parent.tagName) && text === ' ') ? [] : [tree.createTextNode(text)];
  });
}

function convert(element: Element, context: Conversion, showHidden = false): ChildNode[] {
  const tag = element.tagName;
  const id = attribute(element, 'id');
  if (DROPPED.has(tag)) return [];
  if (attribute(element, 'aria-hidden') === 'true' && !PUNCTUATION.test(textOf(element))) return [];
  if (!showHidden && (attribute(element, 'hidden') !== undefined || (id && context.controlled.has(id)))) return [];

  const controls = attribute(element, 'aria-controls');
  if (tag === 'button') {
    const target = controls ? context.byId.get(controls) : undefined;
    if (!target) return [];
    if (hasPart(element, 'excerpt-toggle') && hasPart(target, 'excerpts')) return [footnoteRef(element, target, context)];
    const summary = make('summary', [], convertChildren(element, context));
    return [make('details', [], [summary, ...convert(target, context, true)])];
  }

  const level = attribute(element, 'role') === 'heading' ? Number(attribute(element, 'aria-level')) : NaN;
  const name = level >= 1 && level <= 6 ? `h${level}` : tag === 'label' ? 'span' : tag;
  const attrs = element.attrs.filter((each) => KEPT_ATTRIBUTES.has(each.name));
  const labelledBy = attribute(element, 'aria-labelledby');
  if ((name === 'ul' || name === 'ol') && labelledBy) attrs.push({ name: 'aria-labelledby', value: `${context.idPrefix}-${labelledBy}` });
  if (id && context.labels.has(id)) attrs.push({ name: 'id', value: `${context.idPrefix}-${id}` });

  const children = convertChildren(element, context);
  if (children.length === 0 && ['span', 'div', 'p', 'li'].includes(name)) return [];
  // A span that carried only styling says nothing now; its words stay, the element goes.
  if (name === 'span' && attrs.length === 0) return children;
  return [make(name, attrs, children)];
}

const footnoteId = (context: Conversion, n: number) => `nw-fn-${context.idPrefix}-${n}`;
const footnoteRefId = (context: Conversion, n: number) => `nw-fnref-${context.idPrefix}-${n}`;

/**
 * An excerpt button as a footnote reference, `<sup><a href="#nw-fn-…-1">[1]</a></sup>`, named as
 * the button was ("What the source says: <fact>") after its number; its panel becomes the footnote.
 */
function footnoteRef(toggle: Element, panel: Element, context: Conversion): Element {
  const n = context.footnotes.length + 1;
  const heading = attribute(panel, 'aria-label') ?? '';
  context.footnotes.push({ heading, content: convertChildren(panel, context) });
  const name = attribute(toggle, 'aria-label');
  const link = make(
    'a',
    [
      { name: 'href', value: `#${footnoteId(context, n)}` },
      { name: 'id', value: footnoteRefId(context, n) },
      ...(name ? [{ name: 'aria-label', value: `[${n}] ${name}` }] : []),
    ],
    [tree.createTextNode(`[${n}]`)],
  );
  return make('sup', [], [link]);
}

/**
 * The widget's footnotes: "What the source says" naming an ordered list, each item the
 * excerpts of one fact and a link back to it (at the end of the last caption, else of the item).
 */
function footnoteList(context: Conversion, language: string): ChildNode[] {
  const { footnotes } = context;
  if (footnotes.length === 0) return [];
  const labelId = `nw-fn-${context.idPrefix}-label`;
  const back = BACK_TO_TEXT[language.split('-')[0]] ?? BACK_TO_TEXT.en;
  const items = footnotes.map(({ content }, i) => {
    const n = i + 1;
    const backLink = make(
      'a',
      [
        { name: 'href', value: `#${footnoteRefId(context, n)}` },
        { name: 'aria-label', value: `${back} [${n}]` },
      ],
      [tree.createTextNode('↩')],
    );
    const item = make('li', [{ name: 'id', value: footnoteId(context, n) }], content);
    const figures = content.filter((node): node is Element => isElement(node) && node.tagName === 'figure');
    const caption = figures.at(-1)?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'figcaption');
    const end = caption ?? item;
    tree.appendChild(end, tree.createTextNode(' '));
    tree.appendChild(end, backLink);
    return item;
  });
  const heading = make('p', [{ name: 'id', value: labelId }], [tree.createTextNode(footnotes[0].heading)]);
  return [heading, make('ol', [{ name: 'aria-labelledby', value: labelId }], items)];
}

/**
 * The plain version of one element server-rendered by Lit SSR (`<tag …><template
 * shadowrootmode>…</template></tag>`): its shadow content, as light-DOM HTML in a `<div>`.
 */
export function plainHtml(ssrHtml: string, idPrefix: string): string {
  const host = tree.getChildNodes(parseFragment(ssrHtml)).find(isElement);
  const shadow = host && tree.getChildNodes(host).find((child): child is Element => isElement(child) && child.tagName === 'template');
  const base = shadow && [...elementsIn(shadow)].find((element) => attribute(element, 'part')?.split(' ').includes('base'));
  if (!host || !base) throw new Error('the server rendering has no shadow root with a base part');
  const all = [...elementsIn(shadow)];
  const byId = new Map(all.flatMap((element) => { const id = attribute(element, 'id'); return id ? [[id, element] as const] : []; }));
  const controlled = new Set(all.flatMap((element) => (element.tagName === 'button' ? [attribute(element, 'aria-controls') ?? ''] : [])));
  const labels = new Set(
    all.flatMap((element) => (['ul', 'ol'].includes(element.tagName) ? [attribute(element, 'aria-labelledby') ?? ''] : [])),
  );
  const context: Conversion = { byId, controlled, labels, idPrefix, footnotes: [] };
  const attrs = [{ name: 'class', value: `news-widget ${host.tagName}` }, ...base.attrs.filter((each) => each.name === 'lang' || each.name === 'dir')];
  const content = convertChildren(base, context);
  return serializeOuter(make('div', attrs, [...content, ...footnoteList(context, attribute(base, 'lang') ?? 'en')]));
}
