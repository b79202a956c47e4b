import type { WidgetDescriptor } from '../../base/widget-descriptor.js';
import { controlBarFallbackLine } from './control-bar.fallback.js';

export const controlBarDescriptor = {
  tag: 'control-bar',
  name: 'Control bar',
  entity: { attribute: 'place', list: 'places', noun: 'place' },
  options: [{ attribute: 'date', kind: 'date', label: 'As of date' }],
  fallbackLine: controlBarFallbackLine,
} as const satisfies WidgetDescriptor;
