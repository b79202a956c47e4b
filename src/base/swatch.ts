import { html, type TemplateResult } from 'lit';
import { DEFAULT_SURFACES, distinctFrom } from '../helpers/contrast.js';
import { styleProperties, type StyleProperties } from './style-properties.js';

/** How a swatch is drawn besides its colour; `widgetStyles` draws the colour and the shape. */
export interface SwatchOptions {
  /** Classes the element's own styles draw further (a hatched sample, say). */
  readonly variant?: string;
  /** Part names it is also known by (a renamed part, kept for a release). */
  readonly alias?: string;
}

/**
 * An actor's colour mark, `part="swatch"`: a small square in the colour, lightened or darkened
 * just enough to stand out from the theme's surface (3:1), hidden from assistive technology
 * (the name beside it says who it is). Both themes' colours are set, through the CSSOM so that
 * strict-CSP pages keep them, and the styles choose by the widget's `data-theme` (and the light
 * one for print). Without a colour the swatch is bare, for the element's own styles to fill.
 */
export function renderSwatch(color: string | undefined, { variant, alias }: SwatchOptions = {}): TemplateResult {
  const colors: StyleProperties = color
    ? {
        '--_swatch-light': distinctFrom(color, DEFAULT_SURFACES.light),
        '--_swatch-dark': distinctFrom(color, DEFAULT_SURFACES.dark),
      }
    : {};
  return html`<span
    class=${variant ? `swatch ${variant}` : 'swatch'}
    part=${alias ? `swatch ${alias}` : 'swatch'}
    aria-hidden="true"
    style=${styleProperties(colors)}
  ></span>`;
}
