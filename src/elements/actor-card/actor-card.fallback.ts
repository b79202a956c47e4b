import type { BundleIndex } from '../../bundle/bundle-index.js';
import type { Locale } from '../../controllers/locale.js';
import { actorCardStrings } from './actor-card.strings.js';

/** The first sentence of a text (up to its first full stop followed by a space), or all of it. */
const firstSentence = (text: string): string => /^.+?[.!?。؟](?=\s|$)/u.exec(text)?.[0] ?? text;

/**
 * The fallback line for `<actor-card>` (`actor`, optional `compact`): the name and the first
 * sentence of the summary ("Syrian Democratic Forces: An American-backed … militia …."), or the
 * name and kind without a summary; the compact chip's short name.
 */
export function actorCardFallbackLine(index: BundleIndex, attributes: ReadonlyMap<string, string>, locale: Locale): string {
  const actor = index.actor(attributes.get('actor') ?? '');
  if (!actor) return '';
  const name = locale.pick(actor.name)?.text ?? actor.id;
  if (attributes.has('compact')) return locale.pick(actor.shortName)?.text ?? name;
  const summary = locale.pick(actor.summary)?.text;
  return summary ? `${name}: ${firstSentence(summary)}` : `${name} (${locale.strings(actorCardStrings).kinds[actor.kind]})`;
}
