import { HEADING_LEVEL_OPTION, type WidgetDescriptor } from '../../base/widget-descriptor.js';
import { actorCardFallbackLine } from './actor-card.fallback.js';

export const actorCardDescriptor = {
  tag: 'actor-card',
  name: 'Actor card',
  entity: { attribute: 'actor', list: 'actors', noun: 'actor' },
  options: [{ attribute: 'compact', kind: 'flag', label: 'Compact (an inline chip)' }, HEADING_LEVEL_OPTION],
  fallbackLine: actorCardFallbackLine,
} as const satisfies WidgetDescriptor;
