import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ReactiveElement } from 'lit';
import { ThemeController } from '../../src/controllers/theme-controller.js';
import { fromPageSignals, onPageSignals } from '../../src/controllers/page-signals.js';
import { captureConsole, sleep } from '../helpers.js';

class ThemeProbe extends ReactiveElement {
  static override properties = { theme: { type: String } };
  declare theme: string;
  readonly themeState = new ThemeController(this, () => this.theme);
}
customElements.define('theme-probe', ThemeProbe);

const settle = async (probe: ThemeProbe) => {
  await sleep(20);
  await probe.updateComplete;
};

describe('ThemeController', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.classList.remove('dark', 'night');
    document.body.classList.remove('light-mode');
    document.head.querySelectorAll('meta[name^="news-widgets:"]').forEach((meta) => meta.remove());
  });

  it('uses an explicit light or dark setting as given', async () => {
    document.documentElement.classList.add('dark');
    const probe = await fixture<ThemeProbe>(html`<theme-probe theme="light"></theme-probe>`);
    expect(probe.themeState.resolved).to.equal('light');
    probe.theme = 'DARK';
    expect(probe.themeState.resolved).to.equal('dark');
  });

  it('in auto, follows common dark signals on <html> and <body>, and their removal', async () => {
    const probe = await fixture<ThemeProbe>(html`<theme-probe theme="auto"></theme-probe>`);
    document.documentElement.setAttribute('data-theme', 'dark');
    expect(probe.themeState.resolved).to.equal('dark');
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.classList.add('dark');
    expect(probe.themeState.resolved).to.equal('dark');
    document.documentElement.classList.remove('dark');
    document.body.classList.add('light-mode');
    expect(probe.themeState.resolved).to.equal('light');
  });

  it('lets a page name its own signal with <meta name="news-widgets:dark-selector">', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'news-widgets:dark-selector', content: '.night' });
    document.head.append(meta);
    const probe = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
    document.documentElement.classList.add('night');
    await settle(probe);
    expect(probe.themeState.resolved).to.equal('dark');
  });

  it('warns once about a configured selector that is not CSS, and falls back to the defaults', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'news-widgets:dark-selector', content: '..bad[' });
    document.head.append(meta);
    document.documentElement.classList.add('dark');
    const warnings = await captureConsole('warn', async () => {
      const probe = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
      expect(probe.themeState.resolved).to.equal('dark');
      expect(probe.themeState.resolved).to.equal('dark');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('is not a valid CSS selector');
  });

  it('without a page signal, follows the reader\'s system preference', async function () {
    // Emulating media features needs the DevTools protocol, which only Chromium's runner speaks.
    if (!navigator.userAgent.includes('Chrome')) this.skip();
    const probe = await fixture<ThemeProbe>(html`<theme-probe></theme-probe>`);
    await emulateMedia({ colorScheme: 'dark' });
    await settle(probe);
    expect(probe.themeState.resolved).to.equal('dark');
    await emulateMedia({ colorScheme: 'light' });
    await settle(probe);
    expect(probe.themeState.resolved).to.equal('light');
  });
});

describe('fromPageSignals (what every widget asks the page, worked out once)', () => {
  afterEach(() => document.documentElement.removeAttribute('data-theme'));

  it('works a value out once while the page is watched, again after a change, and still tells the listeners', async () => {
    let computed = 0;
    const theme = fromPageSignals(() => {
      computed += 1;
      return document.documentElement.getAttribute('data-theme');
    });
    let told = 0;
    const stop = onPageSignals(() => (told += 1));
    try {
      for (let call = 0; call < 100; call++) expect(theme()).to.equal(null);
      expect(computed).to.equal(1);
      document.documentElement.setAttribute('data-theme', 'dark');
      // Read before the observer's callback has run: the change is seen all the same.
      expect(theme()).to.equal('dark');
      expect(theme()).to.equal('dark');
      expect(computed).to.equal(2);
      await sleep(0);
      expect(told, 'listeners told of the change').to.equal(1);
    } finally {
      stop();
    }
    // Unwatched, every call looks again.
    theme();
    theme();
    expect(computed).to.equal(4);
  });
});
