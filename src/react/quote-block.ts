import { createComponent } from '@lit/react';
import * as React from 'react';
import { QuoteBlock as QuoteBlockElement } from '../elements/quote-block/quote-block.define.js';
import { widgetEvents } from './widget-events.js';

/**
 * `<quote-block>` as a React component; importing it defines the element. Props are the element's
 * properties — `quote`, and `src`, `theme`, `refresh`, `bundle` (an object) — set as
 * properties; `onNwReady`, `onNwError` and `onNwInteract` receive its events.
 */
export const QuoteBlock = createComponent({
  react: React,
  tagName: 'quote-block',
  elementClass: QuoteBlockElement,
  events: widgetEvents,
  displayName: 'QuoteBlock',
});
