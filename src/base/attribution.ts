import { html, type TemplateResult } from 'lit';
import type { BundleIndex } from '../bundle/bundle-index.js';
import type { Attribution } from '../bundle/schema.js';
import type { Locale } from '../controllers/locale.js';
import { claimantName } from './claimant.js';
import { isolated } from './isolated.js';

/** "According to <bdi>the Syrian army</bdi>", or nothing for a fact stated in the source's own voice. */
export function renderAccordingTo(attribution: Attribution | undefined, index: BundleIndex, locale: Locale): TemplateResult | undefined {
  const who = attribution && claimantName(attribution, index, locale);
  if (!who) return undefined;
  const [before, after] = locale.shared.accordingTo;
  return html`${before}${isolated(who)}${after}`;
}
