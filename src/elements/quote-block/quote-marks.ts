const GUILLEMETS = ['«', '»'] as const;

/**
 * Quotation marks by primary language, where they differ from “…”. In right-to-left text the
 * browser mirrors « and », so Arabic and Persian take the same logical order as French.
 */
const MARKS: Partial<Record<string, readonly [string, string]>> = {
  ar: GUILLEMETS,
  fa: GUILLEMETS,
  ps: GUILLEMETS,
  es: GUILLEMETS,
  it: GUILLEMETS,
  ru: GUILLEMETS,
  uk: GUILLEMETS,
  el: GUILLEMETS,
  fr: ['«\u202f', '\u202f»'],
  de: ['„', '“'],
  pl: ['„', '”'],
  ja: ['「', '」'],
};

/** The opening and closing marks for a quote in this language. */
export const quoteMarks = (lang: string): readonly [string, string] =>
  MARKS[lang.split('-')[0].toLowerCase()] ?? ['“', '”'];
