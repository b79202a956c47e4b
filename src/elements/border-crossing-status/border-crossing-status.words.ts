import type { CrossingStatus, PassageKind } from '../../bundle/schema.js';
import type { Locale } from '../../controllers/locale.js';
import { borderCrossingStatusStrings } from './border-crossing-status.strings.js';

/**
 * What may pass a restricted or partly open crossing, in words: "Open to official and
 * humanitarian traffic only", "Only people may cross". Kinds of traffic are listed as one noun
 * ("official and humanitarian traffic"), beside people and goods. Undefined without a passage.
 */
export function passageText(status: CrossingStatus, passage: readonly PassageKind[] | undefined, locale: Locale): string | undefined {
  if (!passage || passage.length === 0) return undefined;
  const strings = locale.strings(borderCrossingStatusStrings);
  const kinds = [...new Set(passage)];
  const nouns: string[] = [];
  const traffic: string[] = [];
  for (const kind of kinds) {
    if (kind === 'people' || kind === 'goods') nouns.push(strings.passers[kind]);
    else traffic.push(strings.traffic[kind]);
  }
  if (traffic.length > 0) nouns.push(strings.trafficOf(locale.list(traffic)));
  return strings.passage(status, locale.list(nouns));
}
