import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { LocaleController, directionOf } from '../../src/controllers/locale-controller.js';
import { longDate, sleep } from '../helpers.js';

class LocaleProbe extends ReactiveElement {
  /** Stands for the `meta.language` of the bundle a widget shows. */
  bundleLanguage: string | undefined;
  readonly locale = new LocaleController(this, () => this.bundleLanguage);
  updates = 0;
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates += 1;
  }
}
customElements.define('locale-probe', LocaleProbe);

describe('LocaleController', () => {
  let htmlLang: string;
  beforeEach(() => {
    htmlLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = htmlLang;
  });

  it('makes the date formatter for its language while the page is idle, and uses that one for its dates', async function () {
    // WebKit has no idle callbacks; there the formatter is made with the first date shown.
    if (typeof requestIdleCallback !== 'function') this.skip();
    const made: unknown[][] = [];
    const original = Intl.DateTimeFormat;
    Intl.DateTimeFormat = new Proxy(original, {
      construct(target, args: unknown[]) {
        made.push(args);
        return Reflect.construct(target, args) as object;
      },
    });
    try {
      const probe = await fixture<LocaleProbe>(html`<locale-probe lang="sv"></locale-probe>`);
      expect(made, 'nothing made before the page is idle').to.deep.equal([]);
      await new Promise((resolve) => requestIdleCallback(resolve));
      expect(made).to.deep.equal([['sv', { dateStyle: 'long', timeZone: 'UTC' }]]);
      expect(probe.locale.date('2017-11-03')).to.equal(new original('sv', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2017, 10, 3)));
      expect(made, 'the prepared formatter is the one used').to.have.length(1);
    } finally {
      Intl.DateTimeFormat = original;
    }
  });

  it('speaks the language of the element, else its nearest ancestor, else the page, else the bundle, else English', async () => {
    document.documentElement.lang = '';
    const wrapper = await fixture<HTMLElement>(html`<section lang="ar"><locale-probe lang="fr"></locale-probe></section>`);
    const probe = wrapper.querySelector('locale-probe') as LocaleProbe;
    expect(probe.locale.language).to.equal('fr');
    probe.removeAttribute('lang');
    expect(probe.locale.language).to.equal('ar');
    wrapper.removeAttribute('lang');
    document.documentElement.lang = 'de';
    expect(probe.locale.language).to.equal('de');
    document.documentElement.lang = '';
    probe.bundleLanguage = 'es';
    expect(probe.locale.language).to.equal('es');
    probe.bundleLanguage = undefined;
    expect(probe.locale.language).to.equal('en');
  });

  it('skips a malformed language tag instead of letting Intl throw', async () => {
    document.documentElement.lang = 'ar';
    const probe = await fixture<LocaleProbe>(html`<locale-probe lang="en_US!"></locale-probe>`);
    expect(probe.locale.language).to.equal('ar');
    // Formatted in the language it fell back to, not thrown at by Intl.
    expect(probe.locale.date('2017-11-03')).to.equal(longDate('2017-11-03', 'ar'));
  });

  it('re-renders when the page language changes, and only then', async () => {
    document.documentElement.lang = 'en';
    const probe = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    const before = probe.updates;
    document.documentElement.className += ' unrelated';
    await sleep(20);
    expect(probe.updates).to.equal(before);
    document.documentElement.lang = 'ar';
    await sleep(20);
    await probe.updateComplete;
    expect(probe.updates).to.equal(before + 1);
    document.documentElement.className = document.documentElement.className.replace(' unrelated', '');
  });

  it('writes right to left for Arabic, Hebrew, Persian and Urdu, and obeys the element\'s own dir', async () => {
    expect(['ar', 'ar-EG', 'he', 'fa', 'ur'].map(directionOf)).to.deep.equal(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'fr', 'tr', 'ku-Latn'].map(directionOf)).to.deep.equal(['ltr', 'ltr', 'ltr', 'ltr']);
    const probe = await fixture<LocaleProbe>(html`<locale-probe lang="ar"></locale-probe>`);
    expect(probe.locale.dir).to.equal('rtl');
    probe.setAttribute('dir', 'ltr');
    expect(probe.locale.dir).to.equal('ltr');
  });

  it('picks localized text by language, primary language, bundle default, then the first there is', async () => {
    const probe = await fixture<LocaleProbe>(html`<locale-probe lang="ar-EG"></locale-probe>`);
    probe.bundleLanguage = 'en';
    expect(probe.locale.pick({ en: 'Raqqa', 'ar-EG': 'الرقة (مصر)', ar: 'الرقة' })).to.deep.equal({ text: 'الرقة (مصر)', lang: 'ar-EG' });
    expect(probe.locale.pick({ en: 'Raqqa', ar: 'الرقة' })).to.deep.equal({ text: 'الرقة', lang: 'ar' });
    expect(probe.locale.pick({ fr: 'Rakka', en: 'Raqqa' })).to.deep.equal({ text: 'Raqqa', lang: 'en' });
    expect(probe.locale.pick({ fr: 'Rakka', de: 'Rakka (de)' })).to.deep.equal({ text: 'Rakka', lang: 'fr' });
    expect(probe.locale.pick('Raqqa')).to.deep.equal({ text: 'Raqqa', lang: 'en' });
    expect(probe.locale.pick(undefined)).to.be.undefined;
  });

  it('formats a calendar date as that day everywhere, whatever the reader\'s time zone', async () => {
    const probe = await fixture<LocaleProbe>(html`<locale-probe lang="en"></locale-probe>`);
    expect(probe.locale.date('2017-11-03')).to.equal(
      new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2017, 10, 3)),
    );
    expect(probe.locale.date('2017-11-03')).to.include('November 3, 2017');
    const withTime = probe.locale.date('2017-11-03T18:30:00Z');
    // A time names its zone, so that a page rendered elsewhere (or on a server) stays true.
    expect(withTime).to.equal(
      new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(
        Date.UTC(2017, 10, 3, 18, 30),
      ),
    );
    // Midnight UTC is how a day is often written: it is that day, not the evening before.
    expect(probe.locale.date('2017-11-03T00:00:00Z')).to.equal(probe.locale.date('2017-11-03'));
    probe.setAttribute('lang', 'ar');
    expect(probe.locale.date('2017-11-03')).to.equal(
      new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2017, 10, 3)),
    );
  });

  it('formats shares as percentages, "about" when approximate, in the reader\'s numerals', async () => {
    const probe = await fixture<LocaleProbe>(html`<locale-probe lang="en"></locale-probe>`);
    expect(probe.locale.percent(0.333, true)).to.equal('about 33%');
    expect(probe.locale.percent(1)).to.equal('100%');
    expect(probe.locale.percent(0.004)).to.equal('0.4%');
    probe.setAttribute('lang', 'ar');
    const arabic = new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 0 }).format(0.333);
    expect(probe.locale.percent(0.333, true)).to.equal(`نحو ${arabic}`);
  });

  it('says how long ago a date was, and lists names the language\'s way', async () => {
    const probe = await fixture<LocaleProbe>(html`<locale-probe lang="en"></locale-probe>`);
    const now = Date.UTC(2017, 10, 5, 12);
    expect(probe.locale.relativeTime('2017-11-03', now)).to.equal('2 days ago');
    expect(probe.locale.relativeTime('2017-11-05T09:00:00Z', now)).to.equal('3 hours ago');
    expect(probe.locale.relativeTime('2017-11-05T12:00:00Z', now)).to.equal('this minute');
    expect(probe.locale.list(['Russia', 'Iran', 'Hezbollah'])).to.equal('Russia, Iran, and Hezbollah');
  });

  it('gives the shared interface strings in the widget\'s language, English for others', async () => {
    const probe = await fixture<LocaleProbe>(html`<locale-probe lang="ar"></locale-probe>`);
    expect(probe.locale.shared.unknown).to.equal('غير معروف');
    probe.setAttribute('lang', 'sw');
    expect(probe.locale.shared.unknown).to.equal('unknown');
  });
});
