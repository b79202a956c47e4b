/**
 * JSX types for the four tags, for TypeScript users who write `<actor-card actor="sdf" />` in
 * React 19 (or any framework with a global `JSX` namespace). Types only; load them once with
 * `import type {} from 'news-widgets/jsx'`, and define the elements as usual
 * (`import 'news-widgets/actor-card.js'`). Framework-neutral attribute maps are exported for
 * frameworks that keep JSX in their own module (Preact, Solid): extend their `IntrinsicElements`
 * with `NewsWidgetsIntrinsicElements`.
 */
import type * as React from 'react';
import type { ActorCard } from './elements/actor-card/actor-card.js';
import type { BorderCrossingStatus } from './elements/border-crossing-status/border-crossing-status.js';
import type { ControlBar } from './elements/control-bar/control-bar.js';
import type { QuoteBlock } from './elements/quote-block/quote-block.js';
import type { WidgetErrorDetail, WidgetInteractDetail, WidgetReadyDetail } from './base/events.js';
import type { NewsWidgetElement } from './base/news-widget-element.js';

/**
 * What every widget takes. React 19 sets a prop as a property when the element has one (so
 * `bundle` takes an object) and adds `on<event>` props as listeners for that event.
 */
export interface NewsWidgetAttributes {
  /** The bundle: its URL (relative to the page), or `#id` of an inline `<script type="application/json">`. */
  src?: NewsWidgetElement['src'];
  /** A bundle object, set as a property; wins over `src`. */
  bundle?: NewsWidgetElement['bundle'];
  /** `auto` (default: the page's own dark-mode signal, then the reader's system), `light` or `dark`. */
  theme?: NewsWidgetElement['theme'];
  /** Re-read the bundle every this many seconds (at least 1); absent or 0 for never. */
  refresh?: NewsWidgetElement['refresh'];
  /** The widget shows its data. */
  'onnw-ready'?: (event: CustomEvent<WidgetReadyDetail>) => void;
  /** The widget shows a notice instead of its data, or its data went stale. */
  'onnw-error'?: (event: CustomEvent<WidgetErrorDetail>) => void;
  /** A reader did something worth counting. */
  'onnw-interact'?: (event: CustomEvent<WidgetInteractDetail>) => void;
}

/** `<actor-card>`: who an actor of the story is. */
export interface ActorCardAttributes extends NewsWidgetAttributes {
  /** The id of the actor to show, e.g. `sdf`. */
  actor?: ActorCard['actor'];
  /** Shows an inline chip for use inside a sentence. */
  compact?: ActorCard['compact'];
  /** The outline level (1–6, default 3) of the card's title. */
  'heading-level'?: ActorCard['headingLevel'];
}

/** `<control-bar>`: who controls a place, as a stacked bar. */
export interface ControlBarAttributes extends NewsWidgetAttributes {
  /** Id of the place to show; several ids separated by spaces compare places. */
  place?: ControlBar['place'];
  /** Show the snapshot in force at this date (`2017-11-03`); the latest when absent. */
  date?: ControlBar['date'];
}

/** `<quote-block>`: a quote from the bundle, attributed. */
export interface QuoteBlockAttributes extends NewsWidgetAttributes {
  /** The id of the quote to show, e.g. `velayati-raqqa`. */
  quote?: QuoteBlock['quote'];
}

/** `<border-crossing-status>`: whether a border crossing is open, and who holds each side. */
export interface BorderCrossingStatusAttributes extends NewsWidgetAttributes {
  /** The id of the crossing to show, e.g. `qaim-bukamal`. */
  crossing?: BorderCrossingStatus['crossing'];
  /** The outline level (1–6, default 3) of the crossing's name. */
  'heading-level'?: BorderCrossingStatus['headingLevel'];
}

/** The four tags and their own attributes, for any JSX framework's `IntrinsicElements`. */
export interface NewsWidgetsIntrinsicElements {
  'actor-card': ActorCardAttributes;
  'control-bar': ControlBarAttributes;
  'quote-block': QuoteBlockAttributes;
  'border-crossing-status': BorderCrossingStatusAttributes;
}

/** The HTML attributes a widget uses beyond its own, where no framework supplies them. */
interface HtmlGlobalAttributes {
  id?: string;
  class?: string;
  /** The language of the interface and of the facts where the bundle has them. */
  lang?: string;
  /** `ltr` or `rtl`; by default the direction of the widget's language. */
  dir?: 'ltr' | 'rtl' | 'auto';
  hidden?: boolean;
  slot?: string;
  /** Fallback content, shown before the data arrives and whenever it cannot be shown. */
  children?: unknown;
}

type ReactElementProps<E extends HTMLElement, A> = React.DetailedHTMLProps<React.HTMLAttributes<E>, E> & A;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React 19 keeps JSX in this namespace.
  namespace JSX {
    interface IntrinsicElements {
      'actor-card': ReactElementProps<ActorCard, ActorCardAttributes>;
      'control-bar': ReactElementProps<ControlBar, ControlBarAttributes>;
      'quote-block': ReactElementProps<QuoteBlock, QuoteBlockAttributes>;
      'border-crossing-status': ReactElementProps<BorderCrossingStatus, BorderCrossingStatusAttributes>;
    }
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- the global JSX namespace is how other frameworks look tags up.
  namespace JSX {
    interface IntrinsicElements {
      'actor-card': ActorCardAttributes & HtmlGlobalAttributes;
      'control-bar': ControlBarAttributes & HtmlGlobalAttributes;
      'quote-block': QuoteBlockAttributes & HtmlGlobalAttributes;
      'border-crossing-status': BorderCrossingStatusAttributes & HtmlGlobalAttributes;
    }
  }
}
