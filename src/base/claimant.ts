import type { BundleIndex } from '../bundle/bundle-index.js';
import type { Attribution } from '../bundle/schema.js';
import type { Locale, PickedText } from '../controllers/locale.js';

/**
 * Who says so, named as the reader should read it: the actor's name, the speaker's name and
 * role ("Abbas al-Ubaidi, the chief of staff"; the role alone without a name), or the group's
 * words. Undefined where the attribution names nothing the bundle has.
 */
export function claimantName(attribution: Attribution, index: BundleIndex, locale: Locale): PickedText | undefined {
  if (attribution.actor !== undefined) return locale.pick(index.actor(attribution.actor)?.name);
  if (attribution.speaker !== undefined) {
    const name = locale.pick(attribution.speaker.name);
    const role = locale.pick(attribution.speaker.role);
    if (name && role) return { text: `${name.text}${locale.shared.nameAndRole}${role.text}`, lang: name.lang };
    return name ?? role;
  }
  return locale.pick(attribution.group);
}

/** "According to the Syrian army" as plain text, for text written once (a fallback line, an accessible label); undefined for a fact in the source's own voice. */
export function accordingToText(attribution: Attribution | undefined, index: BundleIndex, locale: Locale): string | undefined {
  const who = attribution && claimantName(attribution, index, locale);
  if (!who) return undefined;
  const [before, after] = locale.shared.accordingTo;
  return `${before}${who.text}${after}`;
}
