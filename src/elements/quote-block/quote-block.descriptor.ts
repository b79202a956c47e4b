import type { WidgetDescriptor } from '../../base/widget-descriptor.js';

export const quoteBlockDescriptor = {
  tag: 'quote-block',
  name: 'Quote',
  entity: { attribute: 'quote', list: 'quotes', noun: 'quote' },
  options: [],
} as const satisfies WidgetDescriptor;
