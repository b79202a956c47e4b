/**
 * Size: a 10 MB bundle (with and without a Content-Length), a 1 MB string in every kind of
 * field, 100,000 entities, JSON nested 100,000 deep. Each ends in a readable state — a readable
 * error where a limit is hit — and the main thread's longest block is measured and printed
 * (timings are reported, not asserted: this machine is shared and noisy).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import { MAX_BUNDLE_CHARACTERS } from '../../src/bundle/load.js';
import { validateBundle } from '../../src/bundle/validate.js';
import { captureConsole, readerText, seedBundle, sleep, uniqueKey } from '../helpers.js';
import { engine, expectNoUncaughtErrors, expectNotBlank, figures, measurements, reportFigures, serve, settledState } from './reliability.js';

reportFigures('size.test.ts');

const MB = 1024 * 1024;
const FALLBACK = 'Fallback from the editor.';

/**
 * Runs `during` and measures how long the main thread was blocked: the longest task Chromium
 * reports (`longtask` entries), and in every engine the longest gap between timer ticks.
 */
async function measureMainThread<T>(during: () => Promise<T>): Promise<{ result: T; longestTaskMs?: number; longestGapMs: number; totalMs: number }> {
  const tasks: number[] = [];
  const observer = PerformanceObserver.supportedEntryTypes?.includes('longtask')
    ? new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)))
    : undefined;
  observer?.observe({ type: 'longtask' });
  let last = performance.now();
  let longestGapMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestGapMs = Math.max(longestGapMs, now - last);
    last = now;
  }, 10);
  const started = performance.now();
  const result = await during();
  const totalMs = performance.now() - started;
  await sleep(60);
  clearInterval(ticker);
  observer?.disconnect();
  return { result, longestTaskMs: observer ? Math.max(0, ...tasks) : undefined, longestGapMs, totalMs };
}

const ms = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value)} ms`);

async function widgetFor(src: string, entity = 'actor="sdf"', tag = 'actor-card'): Promise<HTMLElement> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<${tag} src="${src}" ${entity}><p>${FALLBACK}</p></${tag}>`;
  return container.firstElementChild as HTMLElement;
}

/** The seed bundle as text, with the SDF's summary this long (in words, so that it wraps). */
async function seedWithSummary(characters: number): Promise<string> {
  const bundle = await seedBundle();
  const sdf = (bundle.actors as Record<string, unknown>[]).find((actor) => actor.id === 'sdf')!;
  sdf.summary = 'Long summary word '.repeat(Math.ceil(characters / 18)).slice(0, characters);
  return JSON.stringify(bundle);
}

describe('bundles at and beyond the size limit', () => {
  afterEach(() => expectNoUncaughtErrors());

  for (const sentAs of ['with a Content-Length', 'streamed, without a length'] as const) {
    it(`refuses a 10 MB bundle ${sentAs}, with a readable error and the fallback shown`, async function () {
      this.timeout(30_000);
      figures.hostileBundles += 1;
      const body = await seedWithSummary(10 * MB);
      const src = await serve(uniqueKey('ten-mb'), { body, chunked: sentAs !== 'with a Content-Length' });
      let widget!: HTMLElement;
      const errors = await captureConsole('error', async () => {
        const { result, totalMs, longestTaskMs } = await measureMainThread(async () => {
          widget = await widgetFor(src);
          return settledState(widget, 20_000);
        });
        expect(result).to.equal('error');
        measurements[`10 MB ${sentAs}: refused in`] = ms(totalMs);
        if (longestTaskMs !== undefined) measurements[`10 MB ${sentAs}: longest task`] = ms(longestTaskMs);
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include(`is larger than ${MAX_BUNDLE_CHARACTERS / MB} MB, far more than a topic bundle needs`);
      expect(expectNotBlank(widget, 'refusing 10 MB')).to.include(FALLBACK).and.include('This graphic could not load its data.');
    });
  }

  it('shows a bundle with a 1 MB summary, all of it, without a frozen tab', async function () {
    this.timeout(30_000);
    figures.hostileBundles += 1;
    const src = await serve(uniqueKey('one-mb-string'), { body: await seedWithSummary(MB) });
    const { result: widget, totalMs, longestTaskMs, longestGapMs } = await measureMainThread(async () => {
      const card = await widgetFor(src);
      expect(await settledState(card, 20_000)).to.equal('ready');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return card;
    });
    const summary = widget.shadowRoot!.querySelector('[part~="summary"]')!;
    expect(summary.textContent?.length).to.equal(MB);
    expect(summary.getBoundingClientRect().width).to.be.at.most(widget.getBoundingClientRect().width);
    expectNotBlank(widget, 'with a 1 MB summary');
    measurements['1 MB string: shown in'] = ms(totalMs);
    measurements['1 MB string: longest block'] = ms(longestTaskMs ?? longestGapMs);
  });

  it('refuses a 1 MB string in each kind of checked field quickly, with a message of bounded length', async function () {
    this.timeout(30_000);
    const long = 'a'.repeat(MB);
    const seed = await seedBundle();
    const fields: Array<[path: Array<string | number>, value: unknown]> = [
      [['actors', 0, 'id'], long],
      [['meta', 'updated'], `2017-11-03T${long}`],
      [['actors', 0, 'color'], `#${long}`],
      [['sources', 0, 'url'], `https://${long} `],
      [['sources', 0, 'url'], `${long}:`],
      [['meta', 'language'], `ab-${'abcdefgh-'.repeat(MB / 9)}!`],
      [['actors', 0, 'kind'], long],
      [['places', 0, 'country'], long],
      [['meta', 'title'], { [long]: 'A title' }],
    ];
    let slowestMs = 0;
    for (const [path, value] of fields) {
      figures.hostileBundles += 1;
      const bundle = structuredClone(seed);
      const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], bundle);
      (parent as Record<string | number, unknown>)[path[path.length - 1]] = value;
      const where = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').slice(1);
      const started = performance.now();
      const result = validateBundle(bundle);
      slowestMs = Math.max(slowestMs, performance.now() - started);
      expect(result.valid, where).to.be.false;
      // A bad language key is reported under the key itself: meta.title["aaa…"].
      expect(result.problems.some((problem) => problem.path.startsWith(where)), `a problem at ${where}`).to.be.true;
      for (const problem of result.problems) {
        expect(problem.path.length, `${problem.path.slice(0, 80)}…`).to.be.below(200);
        expect(problem.message.length, `${problem.path}: ${problem.message.slice(0, 80)}…`).to.be.below(400);
      }
    }
    measurements['1 MB string in a checked field: slowest check'] = ms(slowestMs);
  });

  it('loads a 4.7 MB bundle of 100,000 entities, and measures the longest task', async function () {
    this.timeout(60_000);
    figures.hostileBundles += 1;
    const bundle = await seedBundle();
    const places = bundle.places as unknown[];
    for (let i = 0; i < 100_000; i += 1) places.push({ id: `p${i}`, name: `P ${i}`, kind: 'town' });
    const body = JSON.stringify(bundle);
    expect(body.length).to.be.within(4 * MB, MAX_BUNDLE_CHARACTERS);
    const src = await serve(uniqueKey('hundred-thousand'), { body });

    const validation = performance.now();
    expect(validateBundle(JSON.parse(body)).valid).to.be.true;
    const validationMs = performance.now() - validation;

    const { result: widgets, totalMs, longestTaskMs, longestGapMs } = await measureMainThread(async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.innerHTML = `<control-bar src="${src}" place="p99999"></control-bar><actor-card src="${src}" actor="islamic-state"></actor-card>`;
      for (const widget of container.children) expect(await settledState(widget, 40_000)).to.equal('ready');
      return [...container.children];
    });
    expect(readerText(widgets[0])).to.include('P 99999');
    for (const widget of widgets) expectNotBlank(widget, 'from 100,000 entities');
    measurements['100,000 entities: validation alone'] = ms(validationMs);
    measurements['100,000 entities: fetched, checked and shown in'] = ms(totalMs);
    measurements[`100,000 entities: longest ${longestTaskMs === undefined ? 'timer gap' : 'task'}`] = ms(longestTaskMs ?? longestGapMs);
    if (engine() === 'chromium') expect(longestTaskMs, 'Chromium reports long tasks').to.be.a('number');
  });

  it('refuses JSON nested 100,000 deep with a readable message, in every engine', async () => {
    figures.hostileBundles += 1;
    const depth = 100_000;
    const body = `{"meta": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const src = await serve(uniqueKey('deep'), { body });
    let widget!: HTMLElement;
    const errors = await captureConsole('error', async () => {
      widget = await widgetFor(src);
      expect(await settledState(widget)).to.equal('error');
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/is not a valid bundle|is not valid JSON|nested too deeply/);
    expect(expectNotBlank(widget, 'with JSON nested 100,000 deep')).to.include(FALLBACK);
  });
});
