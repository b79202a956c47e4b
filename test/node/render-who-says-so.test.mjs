/**
 * `news-widgets render` of the fictional Testland bundle (stories/bundles/testland.json), which
 * has every construct of "who says so": attributed and competing claims, bounds, words and
 * counts, dates at every precision, statements with their as-of, translations, outlets,
 * restricted crossings, a side not at issue, events. Each widget, in both formats, must say
 * what the data says, no more and no less: the claimant beside the fact, the bound in words,
 * the date at its precision with its `<time datetime>`, never a day the data does not have,
 * never a relative time frozen into static HTML.
 *
 * Runs the built CLI (dist/cli.js: npm test builds it; `rollup -c` alone is enough). The
 * assertions are on what the data guarantees, not on an element's exact sentence.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseFragment } from 'parse5';
import { attributeOf, elementsOf, runCli, textOf } from './lib/cli.mjs';

const TESTLAND = 'stories/bundles/testland.json';

/** Renders from testland.json, or from `input` (a bundle's text) on standard input. */
const render = (args, input) => runCli(['render', ...args, '--src', input === undefined ? TESTLAND : '-'], input);




/** What a reader gets from one rendering: its text, its `<time datetime>` values, the text of each part. */
function reading(html) {
  const root = parseFragment(html);
  const elements = [...elementsOf(root)];
  const parts = new Map();
  for (const element of elements) {
    for (const part of attributeOf(element, 'part')?.split(/\s+/) ?? []) parts.set(part, [...(parts.get(part) ?? []), textOf(element)]);
  }
  return {
    text: textOf(root),
    times: elements.filter((element) => element.tagName === 'time').map((element) => ({ datetime: attributeOf(element, 'datetime'), text: textOf(element) })),
    parts,
    blockquotes: elements.filter((element) => element.tagName === 'blockquote').map(textOf),
  };
}

/** A `datetime` a browser and a feed reader can read: a year, a month, a day or a date-time, as the bundle writes it. */
const MACHINE_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** Never in static output: a relative time ("9 years ago" freezes the day it was rendered), or a value the code failed to format. */
const NEVER = [
  /\bago\b/i,
  /\b(?:yesterday|last (?:week|month|year))\b/i,
  /(?:^|\s)قبل (?:[\d٠-٩]+ )?(?:سنة|سنتين|سنوات|شهر|شهرين|أشهر|أسبوع|أسبوعين|أسابيع|يوم|يومين|أيام)/,
  /(?:السنة|الشهر|الأسبوع) الماضي/,
  /\[object Object\]/,
  /\bundefined\b/,
  /\bNaN\b/,
  /Invalid Date/,
];

const CASES = [
  {
    name: 'actor-card north-front',
    args: ['--widget', 'actor-card', '--actor', 'north-front'],
    says: [
      // The summary with the day it was true on.
      'as of November 3, 2017',
      // Relations, dated at their precision, the attributed one with its claimant.
      'June 2016',
      'early 2017',
      'around June 2016',
      'late October 2017',
      'independent observers',
      // Controls: the front's own claim and the observers' bound, side by side.
      'about 70%',
      'more than 30 of 52 districts',
      'less than half',
      // Outlets.
      'Testland Wire via The Daily Example',
      'The Testland Observer',
      'Fictional example',
    ],
    matches: [
      // Each goal with who states it, before it.
      /According to North Front\W+To take the whole province\./,
      /According to Western officials\W+To hold the river crossings\./,
      /\bclaims\b/,
      /according to independent observers/i,
    ],
    never: [/June \d{1,2}, 2016/, /October \d{1,2}, 2017/, /\b(?:January|February|March) \d{1,2}, 2017/],
    times: ['2016-06', '2017', '2017-10', '2017-11-03', '2017-11'],
    parts: {
      outlet: 'Testland Wire via The Daily Example',
      'statement-as-of': 'as of November 3, 2017',
      claimant: 'According to Western officials',
    },
  },
  {
    name: 'actor-card north-front, in Arabic',
    args: ['--widget', 'actor-card', '--actor', 'north-front', '--lang', 'ar'],
    says: ['بحسب', 'مسؤولين غربيين', 'مراقبين مستقلين', 'جبهة الشمال', 'عبر', 'مثال متخيَّل'],
    times: ['2016-06', '2017', '2017-10', '2017-11-03'],
    parts: { outlet: 'ذا ديلي إكزامبل', claimant: 'بحسب' },
  },
  {
    name: 'control-bar testland-province',
    args: ['--widget', 'control-bar', '--place', 'testland-province'],
    says: [
      'According to North Front',
      'According to independent observers',
      'The accounts differ; each is shown with who gives it.',
      'about 70%',
      'more than 30 of 52 districts',
      'less than half',
      'Testland Wire via The Daily Example',
    ],
    never: [/November \d{1,2}, 2017 at (?!12:00 AM)/],
    times: ['2017-11-19', '2017-11-19T00:00:00Z'],
    parts: { outlet: 'The Testland Observer' },
  },
  {
    name: 'control-bar testland-province in late 2017, a range',
    args: ['--widget', 'control-bar', '--place', 'testland-province', '--date', '2017-10'],
    says: ['late 2017', '10%', '20%', 'River Guard', 'Radio Testland', 'as of late 2017'],
    never: [/\b(?:September|October|November|December) \d{1,2}, 2017/, /about (?:10|20)%/],
    times: ['2017'],
    parts: { 'statement-as-of': 'as of late 2017' },
  },
  {
    name: 'control-bar testford, all of it but the old town, nothing unknown',
    args: ['--widget', 'control-bar', '--place', 'testford'],
    says: ['all of it except the old town', 'the old town', 'South League', 'River Guard', 'November 2017'],
    // The snapshot is as of November 2017, never a day of it (its source's own date, in "What the source says", is a day).
    never: [/unknown/i, /as of November \d{1,2}, 2017/, /%/],
    times: ['2017-11', '2017-11-20'],
  },
  {
    name: 'control-bar testville, bounds and a spokesman',
    args: ['--widget', 'control-bar', '--place', 'testville'],
    says: ['more than 60%', 'at most 25%', 'a River Guard spokesman', 'around June 2017'],
    never: [/June \d{1,2}, 2017/],
    times: ['2017-06'],
  },
  {
    name: 'control-bar river-border, a count with its unit, in Arabic',
    args: ['--widget', 'control-bar', '--place', 'river-border', '--lang', 'ar'],
    says: ['حرس النهر', 'من الحدود', '80', 'مثال متخيَّل'],
    times: ['2017-11-18'],
  },
  {
    name: 'quote-block ada-testwell-river, translated into Arabic',
    args: ['--widget', 'quote-block', '--quote', 'ada-testwell-river', '--lang', 'ar'],
    says: [
      'نحن نسيطر على النهر وسنحتفظ به.',
      'We hold the river, and we will keep it.',
      'آدا تستويل',
      'يونيو 2017',
      '(مترجم)',
      'Testland Wire عبر ذا ديلي إكزامبل',
    ],
    never: [/\d{1,2} يونيو/],
    times: ['2017-06'],
    parts: { translated: 'مترجم', outlet: 'ذا ديلي إكزامبل', 'statement-as-of': 'يونيو 2017' },
    check: (result) => {
      // The newsroom's translation is never quoted as the speaker's own words.
      assert.ok(result.blockquotes.every((quote) => !quote.includes('نحن نسيطر')), `the translation is not in a blockquote: ${result.blockquotes.join(' | ')}`);
      assert.ok(result.blockquotes.some((quote) => quote.includes('We hold the river')), 'the original words are quoted');
    },
  },
  {
    name: 'border-crossing-status northtown-southtown',
    args: ['--widget', 'border-crossing-status', '--crossing', 'northtown-southtown'],
    says: [
      'North Front',
      'Finland',
      'Sweden',
      'November 20, 2017',
      // The north side's own as-of, which differs from the crossing's.
      'November 18, 2017',
      // History: status changes and the events that name the crossing, at their precision.
      'mid-2017',
      'around June 2016',
      'August 2017',
      'The crossing is closed',
      'The crossing reopens to official and aid traffic',
    ],
    matches: [/restricted/i, /official/i, /humanitarian/i, /according to aid workers/i],
    // The Swedish side is held by a neighbour outside the story: never "unknown" (the
    // Finnish side was unknown in 2016, and says so).
    never: [/Sweden(?:(?!Finland)[^.]){0,40}\bunknown\b/i, /August \d{1,2}, 2017/, /June \d{1,2}, 2016/],
    times: ['2017-11-20', '2017-11-18', '2017-08', '2016-06', '2017'],
  },
  {
    name: 'border-crossing-status river-ferry, partly open to people',
    args: ['--widget', 'border-crossing-status', '--crossing', 'river-ferry'],
    says: ['River Guard', 'November 2017'],
    matches: [/partly open/i, /people/i],
    never: [/November \d{1,2}, 2017/],
    times: ['2017-11'],
  },
];

describe('news-widgets render: who says so, from testland.json, in both formats', () => {
  for (const testCase of CASES) {
    for (const format of ['ssr', 'plain']) {
      it(`${testCase.name} (${format})`, async () => {
        const { status, stdout, stderr } = await render([...testCase.args, '--format', format]);
        assert.equal(stderr, '');
        assert.equal(status, 0);
        const result = reading(stdout);
        const problems = [];
        for (const words of testCase.says) if (!result.text.includes(words)) problems.push(`says "${words}"`);
        for (const pattern of testCase.matches ?? []) if (!pattern.test(result.text)) problems.push(`says ${pattern}`);
        for (const pattern of [...NEVER, ...(testCase.never ?? [])]) {
          const found = pattern.exec(result.text);
          if (found) problems.push(`never says ${pattern}, but has "${result.text.slice(Math.max(0, found.index - 40), found.index + 40)}"`);
        }
        for (const { datetime, text } of result.times) {
          if (!MACHINE_DATE.test(datetime ?? '')) problems.push(`<time datetime="${datetime}">${text}</time> has no machine-readable date`);
        }
        const datetimes = result.times.map((time) => time.datetime);
        for (const datetime of testCase.times) if (!datetimes.includes(datetime)) problems.push(`has <time datetime="${datetime}"> (has ${datetimes.join(', ')})`);
        // In the server rendering the parts the elements expose carry the words; the plain
        // version drops the attributes and keeps the words (checked with the text above).
        if (format === 'ssr') {
          for (const [part, words] of Object.entries(testCase.parts ?? {})) {
            const texts = result.parts.get(part) ?? [];
            if (!texts.some((text) => text.includes(words))) problems.push(`part "${part}" says "${words}" (it has ${JSON.stringify(texts)})`);
          }
        } else {
          assert.doesNotMatch(stdout, / part=|<template|<style/);
        }
        assert.deepEqual(problems, [], `${testCase.name} (${format}):\n${result.text}`);
        testCase.check?.(result);
      });
    }
  }
});

describe('news-widgets render: static output never freezes a relative time', () => {
  // Testland with its newest facts reported today: a live widget may say "2 hours ago"; a
  // static page is read long after it was rendered, so it gives the date.
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const instant = `${now.toISOString().slice(0, 19)}Z`;
  const bundle = JSON.parse(readFileSync(TESTLAND, 'utf8'));
  bundle.meta.updated = instant;
  bundle.sources.find((source) => source.id === 'testland-wire').published = today;
  bundle.actors.find((actor) => actor.id === 'north-front').summary.asOf = instant;
  for (const snapshot of bundle.control.filter((each) => each.place === 'testland-province' && typeof each.asOf === 'string')) {
    snapshot.asOf = snapshot.asOf.includes('T') ? `${today}T00:00:00Z` : today;
  }
  bundle.quotes.find((quote) => quote.id === 'ada-testwell-river').said = instant;
  const crossing = bundle.crossings.find((each) => each.id === 'northtown-southtown');
  crossing.asOf = instant;
  crossing.sides[0].asOf = today;
  crossing.history.at(-1).date = today;
  const text = JSON.stringify(bundle);
  const RELATIVE = /\b(?:ago|today|yesterday|tomorrow|this (?:minute|hour)|in \d+ (?:seconds?|minutes?|hours?|days?))\b|(?:^|\s)(?:قبل|خلال|بعد) (?:[\d٠-٩]+ )?(?:ثانية|ثوان|دقيقة|دقائق|دقيقتين|ساعة|ساعتين|ساعات|يوم|يومين|أيام)|(?:^|\s)(?:اليوم|أمس|هذه الدقيقة|الساعة الحالية)(?:\s|$)/i;

  for (const args of [
    ['--widget', 'actor-card', '--actor', 'north-front'],
    ['--widget', 'control-bar', '--place', 'testland-province'],
    ['--widget', 'quote-block', '--quote', 'ada-testwell-river'],
    ['--widget', 'border-crossing-status', '--crossing', 'northtown-southtown'],
  ]) {
    for (const lang of ['en', 'ar']) {
      for (const format of ['ssr', 'plain']) {
        it(`${args[1]} ${args[3]}, reported today (${lang}, ${format}): the date, not the time since`, async () => {
          const { status, stdout, stderr } = await render([...args, '--lang', lang, '--format', format], text);
          assert.equal(stderr, '');
          assert.equal(status, 0);
          const result = reading(stdout);
          const found = RELATIVE.exec(result.text);
          assert.equal(found, null, `a relative time in static output: "${found && result.text.slice(Math.max(0, found.index - 40), found.index + 40)}"`);
          assert.ok(result.times.some((time) => time.datetime?.startsWith(today)), `a <time> of today (${result.times.map((time) => time.datetime).join(', ')})`);
        });
      }
    }
  }
});
