import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** CSS property names (dash-case, custom properties included) to values. */
export type StyleProperties = Readonly<Record<string, string>>;

/**
 * Sets an element's inline style properties through the CSSOM (`style.setProperty`), from the
 * first render on. Lit's `styleMap` writes its first values as a `style` attribute, which a page
 * whose Content-Security-Policy has no `'unsafe-inline'` for styles refuses (lit/rfcs#13): bars
 * lost their widths and marks their colours. The CSSOM is not subject to that policy.
 * `render()` still gives the attribute text, for server-side rendering.
 */
class StylePropertiesDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('styleProperties() must be the whole value of a style attribute.');
    }
  }

  render(properties: StyleProperties): string {
    return Object.entries(properties)
      .map(([name, value]) => `${name}:${value};`)
      .join('');
  }

  override update(part: AttributePart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element;
    for (const name of this.#previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.#previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
