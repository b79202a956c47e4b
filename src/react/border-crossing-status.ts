import { createComponent } from '@lit/react';
import * as React from 'react';
import { BorderCrossingStatus as BorderCrossingStatusElement } from '../elements/border-crossing-status/border-crossing-status.define.js';
import { widgetEvents } from './widget-events.js';

/**
 * `<border-crossing-status>` as a React component; importing it defines the element. Props are the element's
 * properties — `crossing`, `headingLevel`, and `src`, `theme`, `refresh`, `bundle` (an object) — set as
 * properties; `onNwReady`, `onNwError` and `onNwInteract` receive its events.
 */
export const BorderCrossingStatus = createComponent({
  react: React,
  tagName: 'border-crossing-status',
  elementClass: BorderCrossingStatusElement,
  events: widgetEvents,
  displayName: 'BorderCrossingStatus',
});
