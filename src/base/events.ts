/**
 * The public types of what a widget tells its page: the `nw-*` events and their details, and
 * the problems a notice stands for. Declared in `GlobalEventHandlersEventMap`, so that
 * `element.addEventListener('nw-ready', (event) => event.detail.bundle)` is typed.
 */
import type { BundleErrorCode } from '../bundle/bundle-error.js';

/**
 * Why a widget shows a notice instead of its content: a bundle problem, an entity attribute that
 * is empty or names nothing, or another attribute whose value cannot be used.
 */
export type WidgetErrorCode = BundleErrorCode | 'entity-missing' | 'entity-not-found' | 'attribute-invalid';

/** A problem to show (`notice`, for readers) and to log (`message`, for the editor who can fix it). */
export interface WidgetProblem {
  readonly code: WidgetErrorCode;
  readonly message: string;
  readonly notice: string;
}

/** `nw-ready`: the widget shows its data. */
export interface WidgetReadyDetail {
  /** `meta.id` of the bundle shown. */
  readonly bundle: string;
  /** `meta.updated` of the bundle shown. */
  readonly updated: string;
  /** The entity ids the widget shows (its `actor`, `place`, `quote` or `crossing` attribute). */
  readonly entity: string;
  /** True when a refresh failed and this is the last good data. */
  readonly stale: boolean;
}

/** `nw-error`: the widget shows a notice instead of its data, or its data went stale. */
export interface WidgetErrorDetail {
  readonly code: WidgetErrorCode;
  readonly message: string;
  /** For `bundle-invalid`: every problem found, as `path: message` lines. */
  readonly problems: readonly string[];
  readonly stale: boolean;
}

/** `nw-interact`: a reader did something worth counting (analytics hooks). */
export interface WidgetInteractDetail {
  /** What the reader did, e.g. `step-time`, `reveal-original`, `toggle-history`, `open-source`. */
  readonly action: string;
  readonly entity: string;
  /** What the action chose, when it chose something (a date, "open" or "closed"). */
  readonly value?: string;
}

/** Every event a widget fires, by name, with its detail. */
export interface WidgetEventDetails {
  'nw-ready': WidgetReadyDetail;
  'nw-error': WidgetErrorDetail;
  'nw-interact': WidgetInteractDetail;
}

export type WidgetEventName = keyof WidgetEventDetails;

declare global {
  interface GlobalEventHandlersEventMap {
    'nw-ready': CustomEvent<WidgetReadyDetail>;
    'nw-error': CustomEvent<WidgetErrorDetail>;
    'nw-interact': CustomEvent<WidgetInteractDetail>;
  }
}
