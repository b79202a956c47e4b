import { html, nothing, type TemplateResult } from 'lit';
import type { BundleIndex } from '../bundle/bundle-index.js';
import type { Excerpt } from '../bundle/schema.js';
import type { ExcerptController } from '../controllers/excerpt-controller.js';
import { directionOf, type Locale } from '../controllers/locale.js';
import { isolated } from './isolated.js';
import { renderDate, renderOutlet, renderTranslated } from './source-line.js';

/** A fact's excerpts and where to show them: `key` names the fact within the widget (unique, id-safe). */
export interface FactExcerpts {
  readonly key: string;
  readonly excerpts: readonly Excerpt[] | undefined;
  /** What the fact is, for the button's accessible name: "Islamic State: about 33%". */
  readonly fact: string;
}

/**
 * "What the source says" for one fact: a small button after the fact, and the panel it opens
 * with the exact words of each source that supports it, its outlet, headline and date. Nothing
 * at all for a fact without excerpts: a reader who never opens one sees only a small mark.
 * Returns the button (to place after the fact) and the panel (to place below it).
 */
export function renderExcerpts(
  { key, excerpts, fact }: FactExcerpts,
  controller: ExcerptController,
  index: BundleIndex,
  locale: Locale,
): { readonly toggle: TemplateResult | typeof nothing; readonly panel: TemplateResult | typeof nothing } {
  const cited = (excerpts ?? []).filter((excerpt) => index.source(excerpt.source));
  if (cited.length === 0) return { toggle: nothing, panel: nothing };
  const shared = locale.shared;
  const open = controller.isOpen(key);
  const id = `excerpt-${key}`;
  const toggle = html`<button
    type="button"
    class="excerpt-toggle"
    part="excerpt-toggle"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${id}
    aria-label=${`${shared.whatTheSourceSays}: ${fact}`}
    title=${shared.whatTheSourceSays}
    @click=${() => controller.toggle(key)}
  ><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 4h4v4c0 2-1 3-3 4M9 4h4v4c0 2-1 3-3 4" /></svg></button>`;
  const panel = html`<div id=${id} class="excerpts" part="excerpts" role="group" aria-label=${shared.whatTheSourceSays} ?hidden=${!open}>
    <p class="excerpts-label" aria-hidden="true">${shared.whatTheSourceSays}</p>
    ${cited.map((excerpt) => {
      const source = index.source(excerpt.source)!;
      const link = index.linkOf(source);
      const name = locale.pick(source.name);
      const outlet = renderOutlet(source, locale);
      return html`<figure class="excerpt" part="excerpt">
        <blockquote lang=${source.language ?? nothing} dir=${source.language ? directionOf(source.language) : 'auto'} cite=${link ?? nothing}>
          <p>${excerpt.text}</p>
        </blockquote>
        <figcaption>— ${outlet ? html`${outlet}${shared.listSeparator}` : nothing}<cite>${isolated(name)}</cite>${renderTranslated(name, locale)}${source.published !== undefined
            ? html`${shared.listSeparator}${renderDate(locale, source.published)}`
            : nothing}</figcaption>
      </figure>`;
    })}
  </div>`;
  return { toggle, panel };
}
