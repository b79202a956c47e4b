import type { ControlShare } from '../../bundle/schema.js';
import type { Locale } from '../../controllers/locale.js';
import { controlBarStrings } from './control-bar.strings.js';

/** A share as the legend says it: "about 33%", or "most (no figure given)" for one in words. */
export function shareValue({ share, approximate, extent }: ControlShare, locale: Locale): string {
  const strings = locale.strings(controlBarStrings);
  return share === undefined ? strings.noFigure(strings.extent[extent ?? 'part']) : locale.percent(share, approximate);
}
