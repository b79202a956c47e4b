import { html, nothing, type TemplateResult } from 'lit';

/**
 * Bundle text isolated in a `<bdi>` that carries the language the text is really in, so a name
 * cannot reorder what stands around it. Empty for text the bundle does not have.
 */
export const isolated = (text: { readonly text: string; readonly lang: string } | undefined): TemplateResult =>
  html`<bdi lang=${text?.lang ?? nothing}>${text?.text}</bdi>`;
