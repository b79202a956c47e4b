import { createComponent } from '@lit/react';
import * as React from 'react';
import { ActorCard as ActorCardElement } from '../elements/actor-card/actor-card.define.js';
import { widgetEvents } from './widget-events.js';

/**
 * `<actor-card>` as a React component; importing it defines the element. Props are the element's
 * properties — `actor`, `compact`, `headingLevel`, and `src`, `theme`, `refresh`, `bundle` (an object) — set as
 * properties; `onNwReady`, `onNwError` and `onNwInteract` receive its events.
 */
export const ActorCard = createComponent({
  react: React,
  tagName: 'actor-card',
  elementClass: ActorCardElement,
  events: widgetEvents,
  displayName: 'ActorCard',
});
