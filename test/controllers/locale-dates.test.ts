import { expect } from '@open-wc/testing';
import type { DateValue } from '../../src/bundle/schema.js';
import { localeFor } from '../../src/controllers/locale.js';

/** What Intl makes of a date in UTC at one precision, for the words that depend on the engine. */
const intl = (lang: string, options: Intl.DateTimeFormatOptions, y: number, m = 1, d = 1): string =>
  new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
const year = (lang: string, y: number) => intl(lang, { year: 'numeric' }, y);
const month = (lang: string, y: number, m: number) => intl(lang, { year: 'numeric', month: 'long' }, y, m);
const day = (lang: string, y: number, m: number, d: number) => intl(lang, { dateStyle: 'long' }, y, m, d);

/** Western, Arabic-Indic and Persian digits. */
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/** The text without its year has no digit left: no day (nor month number) the data does not have. */
function expectNoDay(text: string, lang: string, y: number): void {
  const withoutYear = text.replace(year(lang, y), '');
  expect(withoutYear, `${JSON.stringify(text)} shows only its year's digits`).not.to.match(DIGIT);
}

describe('Locale: dates at their precision', () => {
  const en = localeFor('en');
  const ar = localeFor('ar');
  const both = [
    ['en', en],
    ['ar', ar],
  ] as const;

  it('shows a year as the year, a month as the month and year, a day as the full date', () => {
    for (const [lang, locale] of both) {
      expect(locale.date('2016'), lang).to.equal(year(lang, 2016));
      expect(locale.date('2016-06'), lang).to.equal(month(lang, 2016, 6));
      expect(locale.date('2016-06-03'), lang).to.equal(day(lang, 2016, 6, 3));
      expectNoDay(locale.date('2016'), lang, 2016);
      expectNoDay(locale.date('2016-06'), lang, 2016);
    }
    expect(en.date('2016')).to.equal('2016');
    expect(en.date('2016-06')).to.equal('June 2016');
    expect(en.date('2016-06-03')).to.include('3').and.include('June').and.include('2016');
    // The day is there when the data has it, in the language's digits.
    expect(ar.date('2016-06-03').replace(year('ar', 2016), '')).to.match(DIGIT);
  });

  it('says part of a year or a month in words: "late 2017", "mid-July 2017"', () => {
    const late: DateValue = { date: '2017', part: 'late' };
    const midJuly: DateValue = { date: '2017-07', part: 'mid' };
    expect(en.date(late)).to.equal('late 2017');
    expect(en.date(midJuly)).to.equal(`mid-${month('en', 2017, 7)}`);
    expect(en.date(midJuly)).to.equal('mid-July 2017');
    expect(ar.date(late)).to.equal(`أواخر ${year('ar', 2017)}`);
    expect(ar.date(midJuly)).to.equal(`منتصف ${month('ar', 2017, 7)}`);
    expect(en.date({ date: '2017', part: 'early' })).to.equal('early 2017');
    expect(ar.date({ date: '2017', part: 'early' })).to.equal(`أوائل ${year('ar', 2017)}`);
    for (const [lang, locale] of both) {
      expectNoDay(locale.date(late), lang, 2017);
      expectNoDay(locale.date(midJuly), lang, 2017);
    }
  });

  it('says an approximate date is approximate: "around June 2016"', () => {
    const around: DateValue = { date: '2016-06', approximate: true };
    expect(en.date(around)).to.equal('around June 2016');
    expect(ar.date(around)).to.equal(`نحو ${month('ar', 2016, 6)}`);
    expect(en.date({ date: '2017', part: 'late', approximate: true })).to.equal('around late 2017');
    for (const [lang, locale] of both) expectNoDay(locale.date(around), lang, 2016);
  });

  it('shows a range of months as months, the way the language writes a range', () => {
    const summer: DateValue = { from: '2016-06', to: '2016-08' };
    for (const [lang, locale] of both) {
      const range = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).formatRange(
        Date.UTC(2016, 5, 1),
        Date.UTC(2016, 7, 1),
      );
      expect(locale.date(summer), lang).to.equal(range);
      expectNoDay(locale.date(summer), lang, 2016);
    }
    expect(en.date(summer)).to.match(/^June\s*–\s*August 2016$/);
    // Two precisions: each end as it is given.
    expect(en.date({ from: '2016', to: '2017-06' })).to.equal('2016 – June 2017');
  });

  it('shows the source\'s own words for a date as written, in any language', () => {
    const sunday: DateValue = { date: '2017', text: { en: 'a Sunday in 2017' } };
    expect(en.date(sunday)).to.equal('a Sunday in 2017');
    // No Arabic words are given: the source's English ones, not a made-up Arabic date.
    expect(ar.date(sunday)).to.equal('a Sunday in 2017');
    expect(ar.date({ date: '2017', text: { en: 'a Sunday in 2017', ar: 'يوم أحد في 2017' } })).to.equal('يوم أحد في 2017');
  });
});

describe('Locale: recentTime', () => {
  const now = Date.UTC(2017, 10, 5, 6);
  const en = localeFor('en');
  const ar = localeFor('ar');

  it('says "3 days ago" for a day three days ago, in the reader\'s language', () => {
    expect(en.recentTime('2017-11-02', now)).to.equal('3 days ago');
    expect(ar.recentTime('2017-11-02', now)).to.equal(new Intl.RelativeTimeFormat('ar', { numeric: 'auto' }).format(-3, 'day'));
    expect(en.recentTime('2017-11-05T03:00:00Z', now)).to.equal('3 hours ago');
  });

  it('gives nothing for a date two months ago: it shows its date', () => {
    expect(en.recentTime('2017-09-05', now)).to.be.undefined;
    expect(ar.recentTime('2017-09-05', now)).to.be.undefined;
    expect(en.recentTime('2017-10-01', now), 'five weeks ago').to.be.undefined;
    expect(en.recentTime('2017-10-10', now), 'under four weeks ago').to.be.a('string');
  });

  it('gives nothing for a month, a year or a part of one, which a relative time would sharpen', () => {
    for (const value of ['2017-11', '2017', { date: '2017-11', part: 'early' }, { date: '2017-11-03', approximate: true }, { from: '2017-11-01', to: '2017-11-04' }] as const) {
      expect(en.recentTime(value, now), JSON.stringify(value)).to.be.undefined;
      expect(ar.recentTime(value, now), JSON.stringify(value)).to.be.undefined;
    }
  });
});
