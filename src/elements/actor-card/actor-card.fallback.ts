import type { BundleIndex } from '../../bundle/bundle-index.js';
import { statementOf } from '../../bundle/statement.js';
import type { Locale } from '../../controllers/locale.js';
import { statementText } from '../../base/statement-text.js';
import { actorCardStrings } from './actor-card.strings.js';

/** The first sentence of a text (up to its first full stop followed by a space), or all of it. */
const firstSentence = (text: string): string => /^.+?[.!?。؟](?=\s|$)/u.exec(text)?.[0] ?? text;

/**
 * The fallback line for `<actor-card>` (`actor`, optional `compact`): the name and the first
 * sentence of the summary ("Syrian Democratic Forces: An American-backed … militia …."), with
 * who says it and the date it was true on where the summary has them ("North Front: An armed
 * group that now holds … (as of 3 November 2017)"), or the name and kind without a summary;
 * the compact chip's short name.
 */
export function actorCardFallbackLine(index: BundleIndex, attributes: ReadonlyMap<string, string>, locale: Locale): string {
  const actor = index.actor(attributes.get('actor') ?? '');
  if (!actor) return '';
  const name = locale.pick(actor.name)?.text ?? actor.id;
  if (attributes.has('compact')) return locale.pick(actor.shortName)?.text ?? name;
  const parts = statementOf(actor.summary);
  const picked = locale.pick(actor.summary);
  if (!parts || !picked) return `${name} (${locale.strings(actorCardStrings).kinds[actor.kind]})`;
  // The first sentence only, still marked as a translation where it is one, with its claimant and date.
  const sentence = firstSentence(picked.text);
  const text = { [picked.lang]: picked.translation ? { text: sentence, translation: true } : sentence };
  const summary = statementText({ text, asOf: parts.asOf, attribution: parts.attribution }, index, locale);
  return `${name}: ${summary ?? sentence}`;
}
