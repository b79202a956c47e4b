import type { WidgetDescriptor } from '../../base/widget-descriptor.js';
import { quoteBlockFallbackLine } from './quote-block.fallback.js';

export const quoteBlockDescriptor = {
  tag: 'quote-block',
  name: 'Quote',
  entity: { attribute: 'quote', list: 'quotes', noun: 'quote' },
  options: [],
  fallbackLine: quoteBlockFallbackLine,
} as const satisfies WidgetDescriptor;
