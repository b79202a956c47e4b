import type { EventName } from '@lit/react';
import type { WidgetErrorDetail, WidgetInteractDetail, WidgetReadyDetail } from '../base/events.js';

/**
 * The `nw-*` events every widget fires, as React props: `onNwReady`, `onNwError`, `onNwInteract`,
 * each handler given the event with its typed `detail`.
 */
export const widgetEvents = {
  onNwReady: 'nw-ready' as EventName<CustomEvent<WidgetReadyDetail>>,
  onNwError: 'nw-error' as EventName<CustomEvent<WidgetErrorDetail>>,
  onNwInteract: 'nw-interact' as EventName<CustomEvent<WidgetInteractDetail>>,
};
