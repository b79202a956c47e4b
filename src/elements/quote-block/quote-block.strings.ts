import type { StringTable } from '../../controllers/locale-controller.js';

/** The words around a date, before and after it: "Said on " … "". */
type Around = readonly [before: string, after: string];

/** Interface strings of `<quote-block>`; the quote, names and roles come from the bundle. */
export const quoteBlockStrings: StringTable<{
  paraphrase: string;
  age: (years: string) => string;
  affiliation: string;
  /** When it was said, by how precise the date is: "Said on 3 June 2017". */
  saidOn: Around;
  /** "Said in June 2017", "Said in 2017", "Said in mid-November 2017". */
  saidIn: Around;
  /** An approximate date: "Said around June 2016". */
  saidAround: Around;
  /** A range: "Said between June 2016 and August 2016" (before, between, after). */
  saidBetween: readonly [before: string, between: string, after: string];
  /** The source's own words for the date, shown as written: "Said: a Sunday in June". */
  saidInWords: Around;
  /** Between the parts of the line about when and how it was said, and of the fallback line. */
  separator: string;
  /** Between two labels in parentheses in the fallback line: "(Paraphrase, not a direct quote; Translation from English)". */
  labelSeparator: string;
  via: string;
  original: (language: string) => string;
  /** The toggle of the words as the source published them, where a translation stands in their place. */
  published: (language: string) => string;
  /** Above the newsroom's translation, shown in the reader's language in place of the words. */
  translationFrom: (language: string) => string;
}> = {
  en: {
    paraphrase: 'Paraphrase, not a direct quote',
    age: (years) => `age ${years}`,
    affiliation: 'Affiliation:',
    saidOn: ['Said on ', ''],
    saidIn: ['Said in ', ''],
    saidAround: ['Said around ', ''],
    saidBetween: ['Said between ', ' and ', ''],
    saidInWords: ['Said: ', ''],
    separator: ' · ',
    labelSeparator: '; ',
    via: 'via',
    original: (language) => `Original text (${language})`,
    published: (language) => `Text as published (${language})`,
    translationFrom: (language) => `Translation from ${language}`,
  },
  ar: {
    paraphrase: 'كلام منقول بتصرّف، لا اقتباس حرفي',
    age: (years) => `العمر ${years}`,
    affiliation: 'الانتماء:',
    saidOn: ['قيل في ', ''],
    saidIn: ['قيل في ', ''],
    saidAround: ['قيل في ', ' تقريبًا'],
    saidBetween: ['قيل بين ', ' و', ''],
    saidInWords: ['تاريخ القول: ', ''],
    separator: ' · ',
    labelSeparator: '؛ ',
    via: 'نقلًا عن',
    original: (language) => `النص الأصلي (${language})`,
    published: (language) => `النص كما نُشر (${language})`,
    translationFrom: (language) => `ترجمة عن ${language}`,
  },
};
