import { HEADING_LEVEL_OPTION, type WidgetDescriptor } from '../../base/widget-descriptor.js';
import { borderCrossingStatusFallbackLine } from './border-crossing-status.fallback.js';

export const borderCrossingStatusDescriptor = {
  tag: 'border-crossing-status',
  name: 'Border crossing status',
  entity: { attribute: 'crossing', list: 'crossings', noun: 'crossing' },
  options: [HEADING_LEVEL_OPTION],
  fallbackLine: borderCrossingStatusFallbackLine,
} as const satisfies WidgetDescriptor;
