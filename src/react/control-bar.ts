import { createComponent } from '@lit/react';
import * as React from 'react';
import { ControlBar as ControlBarElement } from '../elements/control-bar/control-bar.define.js';
import { widgetEvents } from './widget-events.js';

/**
 * `<control-bar>` as a React component; importing it defines the element. Props are the element's
 * properties — `place`, `date`, and `src`, `theme`, `refresh`, `bundle` (an object) — set as
 * properties; `onNwReady`, `onNwError` and `onNwInteract` receive its events.
 */
export const ControlBar = createComponent({
  react: React,
  tagName: 'control-bar',
  elementClass: ControlBarElement,
  events: widgetEvents,
  displayName: 'ControlBar',
});
