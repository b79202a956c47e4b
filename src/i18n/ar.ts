import type { SharedStrings } from './en.js';

/** Interface strings shared by every element, in Arabic. */
export const ar: SharedStrings = {
  loading: 'جارٍ التحميل…',
  unknown: 'غير معروف',
  source: 'المصدر',
  sources: 'المصادر',
  asOf: 'اعتبارًا من',
  approximately: (value) => `نحو ${value}`,
  detailsForEditors: 'تفاصيل للمحررين',
  couldNotLoad: 'تعذّر تحميل بيانات هذا الرسم.',
  notFound: (id) => `لا يجد هذا الرسم ما يعرضه لـ«${id}».`,
  nothingChosen: 'لم يُحدَّد لهذا الرسم ما يعرضه.',
  stale: 'تعذّر التحديث؛ تُعرض آخر بيانات وصلت،',
  accordingTo: ['بحسب ', ''],
  nameAndRole: '، ',
  claimsDiffer: 'الروايات متباينة؛ تُعرض كل رواية مع الجهة التي تقدّمها.',
  datePart: {
    early: (period) => `أوائل ${period}`,
    mid: (period) => `منتصف ${period}`,
    late: (period) => `أواخر ${period}`,
  },
  aroundDate: (date) => `نحو ${date}`,
  translated: 'مترجم',
  notGiven: 'غير مذكور',
  fictional: 'مثال متخيَّل',
  sourceSeparator: '؛ ',
  via: (outlet, carrier) => `${outlet} عبر ${carrier}`,
  viaParts: ['', ' عبر ', ''],
  claimSeparator: ': ',
  whatTheSourceSays: 'ما يقوله المصدر',
  listSeparator: '، ',
};
