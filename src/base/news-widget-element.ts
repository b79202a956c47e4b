import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { BundleError } from '../bundle/bundle-error.js';
import type { BundleIndex, EntityList } from '../bundle/bundle-index.js';
import { BundleController, type BundleState } from '../controllers/bundle-controller.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { ThemeController } from '../controllers/theme-controller.js';
import { emit } from './emit.js';
import type { WidgetProblem } from './events.js';
import { listIds, suggestIds } from '../helpers/near-miss.js';
import { renderAsOf } from './source-line.js';

const isProblem = (view: TemplateResult | WidgetProblem): view is WidgetProblem => 'code' in view && 'notice' in view;

const loggedMessages = new Set<string>();
/** Each distinct problem is logged once per page, not once per widget that shares it. */
function logOnce(level: 'error' | 'warn', message: string): void {
  if (loggedMessages.has(message)) return;
  loggedMessages.add(message);
  console[level](`news-widgets: ${message}`);
}

/** The default language of the bundle a widget shows, if it shows one. */
const languageOf = (state: BundleState): string | undefined => (state.status === 'ready' ? state.index.bundle.meta.language : undefined);

/** What a widget tells its page, through `nw-ready` / `nw-error` and the console. */
type Outcome =
  | { readonly status: 'ready'; readonly index: BundleIndex; readonly entity: string; readonly stale?: BundleError }
  | { readonly status: 'error'; readonly problem: WidgetProblem; readonly problems: readonly string[] };

/**
 * Whether two outcomes are one: the same index (a refresh that changed the bundle makes a new
 * one) and entity, or the same problem. Problems, a stale refresh's among them, compare by what
 * they say: a source that keeps failing makes a new error object at every read.
 */
function sameOutcome(a: Outcome | undefined, b: Outcome | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.status === 'ready') {
    return b.status === 'ready' && a.index === b.index && a.entity === b.entity && a.stale?.message === b.stale?.message;
  }
  return b.status === 'error' && a.problem.code === b.problem.code && a.problem.message === b.problem.message;
}

/** What one update shows: derived in willUpdate, laid out by render(), reported by updated(). */
interface View {
  /**
   * `loading`, `ready` (its data) or `error` (a notice, whether the bundle failed or an attribute
   * names nothing in it). Carried as `data-state` and as a custom state.
   */
  readonly shown: BundleState['status'];
  readonly content: TemplateResult;
  /** None while loading. */
  readonly outcome?: Outcome;
}

/**
 * What every news widget shares: the `src`, `bundle`, `lang`, `theme` and `refresh` interface,
 * the loading / ready / error / not-found states, fallback content, console messages and
 * events. Each element adds only its entity attribute and how its entity looks.
 *
 * @attr lang - The language of the interface (English and Arabic built in) and of the facts where the bundle has them; inherited from the page when absent.
 * @attr dir - `ltr` or `rtl`; by default the direction of the widget's language.
 * @csspart base - The widget's frame, in every state; carries `data-state` (`loading`, `ready`, or `error` for any notice) and `data-theme`.
 * @csspart loading - The loading state: the fallback content, or a skeleton.
 * @csspart notice - The notice shown when the data cannot be shown, with the fallback content; `data-code` names the problem (`bundle-http`, `entity-not-found`…).
 * @csspart notice-details - The "Details for editors" disclosure inside the notice.
 * @csspart stale - The line saying a refresh failed and the data shown is the last received.
 * @csspart fictional - The line "Fictional example", shown under a widget whose bundle is marked `meta.fictional` (examples, tests).
 * @csspart source - One source in the source line: its headline (linked where it has a URL), a translation mark, its outlet.
 * @csspart outlet - A source's outlet or agency in the source line: "Reuters via The Daily Example".
 * @csspart translated - The mark "(translated)" after text the bundle marks as a translation.
 * @csspart claimant - Who says so, before an attributed summary, note or goal: "According to the North Front, ".
 * @csspart statement-as-of - The date a summary or note was true on: "(as of 3 November 2017)".
 * @csspart excerpt-toggle - The small button after a fact that has excerpts, opening "What the source says" (`aria-expanded`); its accessible name says which fact.
 * @csspart excerpts - The panel "What the source says" under a fact: each `excerpt` with its outlet, headline and date. Printed open.
 * @csspart excerpt - One excerpt: the exact words of a source (a `<blockquote>` in the source's language) and who published them.
 * @csspart sources - The source line: sources (linked where they have a URL) and the as-of date.
 *
 * @cssprop --nw-font-family - Type face (default: the page's, inherited).
 * @cssprop --nw-font-size - Base type size (default: the reader's 1rem, kept between 15 and 24 px).
 * @cssprop --nw-font-size-small - Labels, notes and source lines (default 0.875em).
 * @cssprop --nw-font-size-large - Quotes and emphasis (default 1.25em).
 * @cssprop --nw-font-size-title - Titles (default 1.375em).
 * @cssprop --nw-font-weight-strong - Titles and labels (default 700).
 * @cssprop --nw-line-height - Line height (default 1.45).
 * @cssprop --nw-color-text - Text (light theme; every `--nw-color-*` has a `--nw-dark-color-*` twin for the dark theme).
 * @cssprop --nw-color-text-muted - Labels, notes and source lines.
 * @cssprop --nw-color-surface - Background.
 * @cssprop --nw-color-surface-raised - Skeletons and tracks.
 * @cssprop --nw-color-border - The frame and separators.
 * @cssprop --nw-color-accent - Links and accents.
 * @cssprop --nw-color-focus - The keyboard focus ring.
 * @cssprop --nw-color-notice-background - Notices and the stale line.
 * @cssprop --nw-color-notice-text - Text of notices.
 * @cssprop --nw-color-unknown - The hatching of unknown or contested shares.
 * @cssprop --nw-dark-color-text - `--nw-color-text` in the dark theme.
 * @cssprop --nw-dark-color-text-muted - `--nw-color-text-muted` in the dark theme.
 * @cssprop --nw-dark-color-surface - `--nw-color-surface` in the dark theme.
 * @cssprop --nw-dark-color-surface-raised - `--nw-color-surface-raised` in the dark theme.
 * @cssprop --nw-dark-color-border - `--nw-color-border` in the dark theme.
 * @cssprop --nw-dark-color-accent - `--nw-color-accent` in the dark theme.
 * @cssprop --nw-dark-color-focus - `--nw-color-focus` in the dark theme.
 * @cssprop --nw-dark-color-notice-background - `--nw-color-notice-background` in the dark theme.
 * @cssprop --nw-dark-color-notice-text - `--nw-color-notice-text` in the dark theme.
 * @cssprop --nw-dark-color-unknown - `--nw-color-unknown` in the dark theme.
 * @cssprop --nw-space-xs - The smallest gap (default 0.25em).
 * @cssprop --nw-space-s - A small gap (default 0.5em).
 * @cssprop --nw-space-m - A medium gap (default 0.75em).
 * @cssprop --nw-space-l - A large gap (default 1.25em).
 * @cssprop --nw-padding - The frame's padding.
 * @cssprop --nw-margin-block - Space above and below the widget (default 1.5em).
 * @cssprop --nw-radius - The frame's corners (default 0.5em).
 * @cssprop --nw-radius-small - Badges, marks and notices (default 0.25em).
 * @cssprop --nw-border-width - The frame's border (default 1px).
 *
 * @slot - Fallback content: shown before the data arrives and whenever it cannot be shown.
 *
 */
export abstract class NewsWidgetElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { type: String },
    bundle: { attribute: false },
    theme: { type: String },
    refresh: { type: Number },
  };

  /** Observed so that a change of the widget's own `lang` or `dir` re-renders it. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  /** The bundle: its URL (relative to the page), or `#id` of an inline `<script type="application/json">`. */
  declare src: string | null;
  /** A bundle object, for developers; wins over `src`. */
  declare bundle: unknown;
  /** `auto` (default: follows the page's own dark-mode signal, then the reader's system), `light` or `dark`. */
  declare theme: 'auto' | 'light' | 'dark';
  /** Re-read the bundle every this many seconds (at least 1) and show changes; absent or 0 for never. */
  declare refresh: number | undefined;

  protected readonly bundleState = new BundleController(this, () => ({
    src: this.src,
    bundle: this.bundle,
    refresh: this.refresh !== undefined && this.refresh > 0 ? this.refresh : 0,
  }));
  protected readonly locale = new LocaleController(this, () => languageOf(this.bundleState.state));
  protected readonly themeState = new ThemeController(this, () => this.theme);

  /**
   * Carries the state as a custom state (`:state(loading)`, `:state(ready)`, `:state(error)`),
   * so styles can follow it: the space a page reserves on the tag is let go once data shows.
   */
  readonly #internals = isServer ? undefined : this.attachInternals();

  /*
   * How a widget's state moves (BundleController, fed by the BundleFeed every widget naming the
   * same source shares), and what it shows and reports:
   *
   *   loading ──► ready ◄─────► ready + stale
   *      │          ▲ ↺ new index
   *      ▼          │
   *    error ───────┘
   *
   * - loading: until the source's first read settles. A change of src, bundle or refresh takes
   *   the new source's state, loading only if that one has not settled yet. With neither src
   *   nor bundle, loading for BUNDLE_MISSING_GRACE_MS, then error (bundle-missing). A server
   *   render shows a bundle object at once, and stays loading for a src.
   * - ready → ready + stale: a refresh failed (or read an invalid bundle); the last good index
   *   stays. Back to ready when a read succeeds; a changed bundle is a new index.
   * - error → ready: a later read of the source succeeds (a refresh, or a widget subscribing
   *   after the back-off). An error of the bundle property, of src itself or bundle-missing
   *   lasts until the request changes.
   * - ready is shown as a notice (`error`) when the bundle lacks the widget's entity.
   *
   * updated() reports each distinct outcome once: ready fires nw-ready (stale, also nw-error
   * with stale: true and a console warning); a notice fires nw-error and a console error.
   * Loading reports nothing and forgets what was reported, so the same outcome after it is
   * reported again.
   */
  #view!: View;
  #reported?: Outcome;

  constructor() {
    super();
    this.src = null;
    this.theme = 'auto';
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.requestUpdate();
  }

  /** The entity attribute's value, as shown in messages and events: `sdf`. */
  protected abstract get entityKey(): string;

  /** The element's content for a loaded bundle, or the problem that stops it. */
  protected abstract renderReady(index: BundleIndex): TemplateResult | WidgetProblem;

  /** Dispatches `nw-interact`; elements call it when a reader acts. */
  protected emitInteraction(action: string, value?: string): void {
    emit(this, 'nw-interact', { action, entity: this.entityKey, value });
  }

  /**
   * The problem for an entity attribute that is empty or names no entity of the bundle, with
   * the ids the editor probably meant.
   */
  protected entityProblem(attribute: string, wanted: string, index: BundleIndex, list: EntityList, noun: string): WidgetProblem {
    const ids = index.ids(list);
    const shared = this.locale.shared;
    if (!wanted.trim()) {
      return {
        code: 'entity-missing',
        message: `${this.describe()} needs the ${attribute} attribute, naming one of the bundle's ${noun}s (${listIds(ids)}).`,
        notice: shared.nothingChosen,
      };
    }
    return {
      code: 'entity-not-found',
      message: `${this.describe()}: the bundle "${index.bundle.meta.id}" has no ${noun} "${wanted}" (${suggestIds(wanted, ids)}). Correct the ${attribute} attribute.`,
      notice: shared.notFound(wanted),
    };
  }

  /** The tag as written on the page (`<tag entity="id" src="topic.json">`), for console messages. */
  protected describe(): string {
    const attributes = [...this.attributes]
      .filter((attribute) => !['style', 'class', 'id'].includes(attribute.name))
      .map((attribute) => ` ${attribute.name}="${attribute.value}"`)
      .join('');
    return `<${this.localName}${attributes}>`;
  }

  /**
   * Derives the view (and so calls renderReady). An element that derives state of its own here
   * does so first, then calls `super.willUpdate(changed)`.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#view = this.#viewOf(this.bundleState.state);
  }

  override render(): TemplateResult {
    return html`<div
      part="base"
      class="widget"
      data-state=${this.#view.shown}
      data-theme=${this.themeState.resolved}
      lang=${this.locale.language}
      dir=${this.locale.dir}
    >
      ${this.#view.content}
    </div>`;
  }

  #viewOf(state: BundleState): View {
    switch (state.status) {
      case 'loading':
        return { shown: 'loading', content: this.#renderLoading() };
      case 'error':
        return this.#problemView({
          code: state.error.code,
          message: `${this.describe()}: ${state.error.message}`,
          notice: this.locale.shared.couldNotLoad,
        }, state.error.problems.map((problem) => `${problem.path}: ${problem.message}`));
      case 'ready': {
        const { index, stale } = state;
        const ready = this.renderReady(index);
        if (isProblem(ready)) return this.#problemView(ready, []);
        return {
          shown: 'ready',
          content: html`${ready}${index.bundle.meta.fictional
            ? html`<p class="fictional" part="fictional">${this.locale.shared.fictional}</p>`
            : nothing}${stale
            ? html`<p class="stale" part="stale">${this.locale.shared.stale} ${renderAsOf(this.locale, index.bundle.meta.updated)}</p>`
            : nothing}`,
          outcome: { status: 'ready', index, entity: this.entityKey, stale },
        };
      }
    }
  }

  #renderLoading(): TemplateResult {
    const shared = this.locale.shared;
    return html`<div class="loading" part="loading" aria-busy="true">
      <slot @slotchange=${() => this.requestUpdate()}></slot>
      ${this.#hasFallback()
        ? nothing
        : html`<div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>`}
      <span class="sr-only" role="status">${shared.loading}</span>
    </div>`;
  }

  #problemView(problem: WidgetProblem, problems: readonly string[]): View {
    return {
      shown: 'error',
      content: html`<div class="notice" part="notice" data-code=${problem.code}>
        <slot @slotchange=${() => this.requestUpdate()}></slot>
        <p class="notice-text">${problem.notice}</p>
        <details part="notice-details">
          <summary>${this.locale.shared.detailsForEditors}</summary>
          <p>${problem.message}</p>
        </details>
      </div>`,
      outcome: { status: 'error', problem, problems },
    };
  }

  #showState(status: BundleState['status']): void {
    const states = this.#internals?.states;
    if (!states || states.has(status)) return;
    try {
      for (const each of ['loading', 'ready', 'error'] as const) {
        if (each === status) states.add(each);
        else states.delete(each);
      }
    } catch {
      // Browsers before 2024 take only "--"-prefixed state names; they keep the reserved space.
    }
  }

  /** Whether an editor pasted fallback content inside the tag. */
  #hasFallback(): boolean {
    return [...this.childNodes].some(
      (node) => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
    );
  }

  protected override updated(): void {
    const { shown, outcome } = this.#view;
    this.#showState(shown);
    if (sameOutcome(outcome, this.#reported)) return;
    this.#reported = outcome;
    if (outcome) this.#report(outcome);
  }

  #report(outcome: Outcome): void {
    if (outcome.status === 'error') {
      const { problem, problems } = outcome;
      logOnce('error', problem.message);
      emit(this, 'nw-error', { code: problem.code, message: problem.message, problems, stale: false });
      return;
    }
    const { index, entity, stale } = outcome;
    const { meta } = index.bundle;
    emit(this, 'nw-ready', { bundle: meta.id, updated: meta.updated, entity, stale: Boolean(stale) });
    if (stale) {
      logOnce('warn', `${this.describe()}: showing the last good data because a refresh failed. ${stale.message}`);
      emit(this, 'nw-error', { code: stale.code, message: stale.message, problems: [], stale: true });
    }
  }
}
