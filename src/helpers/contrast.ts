/** Colour arithmetic for bundle-provided actor colours: WCAG 2 relative luminance and contrast. */

import { memo } from './memo.js';

type Rgb = readonly [number, number, number];

/**
 * The widgets' default surfaces (`--nw-color-surface` and `--nw-dark-color-surface` in
 * widget-styles.ts): what actor colour marks must stand out from in each theme.
 */
export const DEFAULT_SURFACES = { light: '#ffffff', dark: '#1c1c1e' } as const;

/** "#a03c2e" or "#a3c" to [160, 60, 46]. */
export function parseHex(hex: string): Rgb {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const value = Number.parseInt(full, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

const toHex = (rgb: Rgb): string => `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Remembers a colour function's answers: a page draws the same few actor colours in many
 * widgets, and each answer takes a handful of contrast sums.
 */
function remembered<TArgs extends unknown[], TResult>(compute: (...args: TArgs) => TResult): (...args: TArgs) => TResult {
  const answers = new Map<string, TResult>();
  return (...args) => memo(answers, args.join('|'), () => compute(...args));
}

/** Black or white, whichever reads better on the colour (WCAG AA for normal text on any colour). */
export const textColorOn = remembered(
  (background: string): '#000000' | '#ffffff' =>
    contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff',
);

/**
 * The colour, lightened or darkened towards the opposite of `surface` just enough to stand out
 * from it by `minimum` (3:1 is WCAG's bar for graphics): a near-black actor colour stays
 * visible on a dark page.
 */
export const distinctFrom: (color: string, surface: string, minimum?: number) => string = remembered(
  (color: string, surface: string, minimum = 3): string => {
    if (contrastRatio(color, surface) >= minimum) return color;
    const target: Rgb = luminance(surface) > 0.5 ? [0, 0, 0] : [255, 255, 255];
    const start = parseHex(color);
    for (let step = 1; step <= 20; step++) {
      const t = step / 20;
      const mixed = toHex(start.map((channel, i) => channel + (target[i] - channel) * t) as unknown as Rgb);
      if (contrastRatio(mixed, surface) >= minimum) return mixed;
    }
    return toHex(target);
  },
);
