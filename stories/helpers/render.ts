/**
 * One render function per element, driven by the manifest: every attribute the manifest lists
 * is a control that sets that attribute, every `--nw-*` custom property a control that sets it
 * inline, every event an action in the Actions panel, and the default slot a text control for
 * fallback content. The docs "Show code" snippet is the markup an editor would paste.
 */
import { nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { ArgTypes, Args } from '@storybook/web-components-vite';
import { elementOf } from './manifest.js';

/** Storybook's handler arg name for an event in the manifest: `nw-ready` → `onNwReady`. */
export const handlerArgName = (event: string): string =>
  `on${event.replace(/(?:^|[-_:.\s]+)(.)/g, (_match, letter: string) => letter.toUpperCase())}`;

interface HostSetup {
  readonly attributes: Readonly<Record<string, string>>;
  readonly listeners: Readonly<Record<string, (event: Event) => void>>;
}

/** Sets the attributes and listeners given, and removes those of the previous render. */
class HostSetupDirective extends Directive {
  #attributes: Readonly<Record<string, string>> = {};
  #listeners: Readonly<Record<string, (event: Event) => void>> = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('hostSetup() belongs on an element: <tag ${hostSetup(…)}>.');
  }

  // Lit types the directive's arguments from render(); update() does the work.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  render(_setup: HostSetup): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [{ attributes, listeners }]: [HostSetup]): typeof nothing {
    const host = part.element;
    for (const name of Object.keys(this.#attributes)) if (!(name in attributes)) host.removeAttribute(name);
    for (const [name, value] of Object.entries(attributes)) if (host.getAttribute(name) !== value) host.setAttribute(name, value);
    for (const [type, listener] of Object.entries(this.#listeners)) host.removeEventListener(type, listener);
    for (const [type, listener] of Object.entries(listeners)) host.addEventListener(type, listener);
    this.#attributes = attributes;
    this.#listeners = listeners;
    return nothing;
  }
}

const hostSetup = directive(HostSetupDirective);

/** The arg that holds fallback content (the manifest's default slot has no name to key it by). */
export const FALLBACK_ARG = 'fallback';

/** Renders `<tag>` from args named as in the manifest. */
export function renderWidget(tag: string): (args: Args) => TemplateResult {
  const element = elementOf(tag);
  const attributeNames = (element.attributes ?? []).map((attribute) => attribute.name);
  const eventNames = (element.events ?? []).map((event) => event.name);
  const tagName = unsafeStatic(tag);
  return (args) => {
    const attributes: Record<string, string> = {};
    for (const name of attributeNames) {
      const value = args[name] as unknown;
      if (value === undefined || value === null || value === false || value === '') continue;
      attributes[name] = value === true ? '' : typeof value === 'string' ? value : JSON.stringify(value);
    }
    const style = Object.entries(args)
      .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value.trim())
      .map(([name, value]) => `${name}: ${value as string}`)
      .join('; ');
    if (style) attributes.style = style;
    const listeners: Record<string, (event: Event) => void> = {};
    for (const name of eventNames) {
      const handler = args[handlerArgName(name)] as unknown;
      if (typeof handler === 'function') listeners[name] = (event) => (handler as (detail: unknown) => void)((event as CustomEvent).detail);
    }
    const fallback = args[FALLBACK_ARG] as unknown;
    // A static tag from lit/static-html.js, not a binding: the lint rules cannot tell.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    return html`<${tagName} ${hostSetup({ attributes, listeners })} .bundle=${args.bundle}>${typeof fallback === 'string' && fallback ? fallback : nothing}</${tagName}>`;
  };
}

/**
 * Control adjustments the manifest cannot say: choices for `theme` and `dir`, the default slot
 * as a text control, and no second control for a property that mirrors an attribute.
 */
export function widgetArgTypes(tag: string): ArgTypes {
  const element = elementOf(tag);
  const slot = element.slots?.find((each) => each.name === '');
  const mirrored = (element.members ?? []).filter(
    (member) => member.name !== 'bundle' && !(element.attributes ?? []).some((attribute) => attribute.name === member.name),
  );
  return {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    dir: { control: { type: 'inline-radio', labels: { '': 'from lang' } }, options: ['', 'ltr', 'rtl'] },
    lang: { control: 'text' },
    bundle: { control: 'object' },
    ...Object.fromEntries(mirrored.map((member) => [member.name, { control: false }])),
    [FALLBACK_ARG]: {
      name: FALLBACK_ARG,
      control: 'text',
      description: slot?.description ?? 'Fallback content.',
      table: { category: 'slots', type: { summary: 'text' } },
    },
  };
}
