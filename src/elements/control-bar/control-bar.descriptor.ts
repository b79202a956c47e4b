import type { WidgetDescriptor } from '../../base/widget-descriptor.js';

export const controlBarDescriptor = {
  tag: 'control-bar',
  name: 'Control bar',
  entity: { attribute: 'place', list: 'places', noun: 'place' },
  options: [{ attribute: 'date', kind: 'date', label: 'As of date' }],
} as const satisfies WidgetDescriptor;
