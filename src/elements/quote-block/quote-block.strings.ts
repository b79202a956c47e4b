import type { StringTable } from '../../controllers/locale-controller.js';

/** Interface strings of `<quote-block>`; the quote, names and roles come from the bundle. */
export const quoteBlockStrings: StringTable<{
  paraphrase: string;
  age: (years: string) => string;
  affiliation: string;
  said: string;
  via: string;
  original: (language: string) => string;
}> = {
  en: {
    paraphrase: 'Paraphrase, not a direct quote',
    age: (years) => `age ${years}`,
    affiliation: 'Affiliation:',
    said: 'Said',
    via: 'via',
    original: (language) => `Original text (${language})`,
  },
  ar: {
    paraphrase: 'كلام منقول بتصرّف، لا اقتباس حرفي',
    age: (years) => `العمر ${years}`,
    affiliation: 'الانتماء:',
    said: 'قيل في',
    via: 'نقلًا عن',
    original: (language) => `النص الأصلي (${language})`,
  },
};
