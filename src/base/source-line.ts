import { html, nothing, type TemplateResult } from 'lit';
import type { BundleIndex } from '../bundle/bundle-index.js';
import type { LocaleController } from '../controllers/locale-controller.js';
import { isolated } from './isolated.js';

/**
 * "Source: <a>Article</a> · as of <time>3 November 2017</time>": the provenance line every
 * fact a widget shows ends with. A source without a URL is named, not linked.
 */
export function renderSourceLine(
  locale: LocaleController,
  index: BundleIndex,
  sourceIds: readonly string[] | undefined,
  asOf: string | undefined,
  onOpen: (sourceId: string) => void,
): TemplateResult {
  const shared = locale.shared;
  const sources = index.sources(sourceIds);
  return html`<p class="source-line" part="sources">
    ${sources.length > 0
      ? html`<span class="source-label">${sources.length === 1 ? shared.source : shared.sources}:</span>
          ${sources.map((source, i) => {
            const name = locale.pick(source.name);
            const link = index.linkOf(source);
            const label = isolated(name);
            return html`${i > 0 ? ', ' : nothing}${link
              ? html`<a href=${link} target="_blank" rel="noopener noreferrer" @click=${() => onOpen(source.id)}>${label}</a>`
              : html`<cite>${label}</cite>`}`;
          })}`
      : nothing}
    ${asOf
      ? html`<span class="as-of">${sources.length > 0 ? ' · ' : nothing}${renderAsOf(locale, asOf)}</span>`
      : nothing}
  </p>`;
}

/** "as of <time datetime="2017-11-03">3 November 2017</time>" */
export const renderAsOf = (locale: LocaleController, iso: string): TemplateResult =>
  html`${locale.shared.asOf} <time datetime=${iso}>${locale.date(iso)}</time>`;
