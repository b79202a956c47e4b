import { html, type TemplateResult } from 'lit';

/**
 * A widget's title as `role="heading"` at the element's `heading-level` (1–6; anything else
 * counts as 3), so it fits the outline of whatever article it is pasted into.
 */
export function renderHeading(headingLevel: number, content: unknown): TemplateResult {
  const level = Math.trunc(headingLevel);
  return html`<div class="name" part="name" role="heading" aria-level=${level >= 1 && level <= 6 ? level : 3}>${content}</div>`;
}
