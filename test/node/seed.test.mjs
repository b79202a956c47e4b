/**
 * The seed bundle (bundles/syria-iraq-border-2017.json) against the article it was read from
 * (bundles/syria-iraq-border-2017.article.txt, kept beside it): every fact rests on the article's
 * exact words, and an Arabic reader sees Arabic for every text but the source's title.
 *
 * The first part runs `news-widgets verify --strict` as users run it, so it needs the CLI built
 * (npm test builds everything; `rollup -c` builds dist/cli.js). A fact added to the seed without
 * an excerpt, or an excerpt that is not the article's words, fails it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const SEED = 'bundles/syria-iraq-border-2017.json';
const ARTICLE = 'bundles/syria-iraq-border-2017.article.txt';
const SEED_TEXT = readFileSync(SEED, 'utf8');
const seed = () => JSON.parse(SEED_TEXT);

function verify(bundlePath, ...options) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/cli.js', 'verify', bundlePath, '--text', `article=${ARTICLE}`, '--strict', ...options]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end();
  });
}

const dir = mkdtempSync(join(tmpdir(), 'news-widgets-seed-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name, bundle) {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(bundle, null, 2));
  return path;
}

describe('the seed bundle against its article', () => {
  it('passes verify --strict: every excerpt and direct quote found word for word, no fact citing the article without an excerpt', async () => {
    const { status, stdout, stderr } = await verify(SEED);
    assert.equal(stderr, '');
    assert.equal(status, 0, stdout);
    assert.match(stdout, /^✓ .* against "article" \(.*\): \d+ excerpts and direct quotes found word for word\n$/);
    const report = JSON.parse((await verify(SEED, '--json')).stdout);
    assert.equal(report.passed, true);
    assert.deepEqual(report.withoutExcerpt, []);
    assert.deepEqual(report.missing, []);
    assert.ok(report.checked >= 200, `only ${report.checked} excerpts checked`);
  });

  it('fails once a fact is added to it without an excerpt, naming the fact', async () => {
    const changed = seed();
    const russia = changed.actors.findIndex((actor) => actor.id === 'russia');
    const relations = changed.actors[russia].relations;
    relations.push({ type: 'rivals', actor: 'united-states', sources: ['article'] });
    const { status, stdout } = await verify(file('no-excerpt.json', changed));
    assert.equal(status, 1);
    assert.match(stdout, new RegExp(`actors\\[${russia}\\]\\.relations\\[${relations.length - 1}\\]: "russia" rivals "united-states"`));
  });
});

// Keys whose string values a reader never sees as text: identifiers, codes, dates, enums.
const NOT_TEXT = new Set(['$schema', 'id', 'source', 'sources', 'actor', 'actors', 'place', 'places', 'parent', 'crossings', 'controlledBy', 'group', 'kind', 'type', 'color', 'country', 'date', 'from', 'to', 'since', 'until', 'asOf', 'said', 'published', 'covers', 'updated', 'language', 'status', 'remainder', 'extent', 'bound', 'part', 'passage', 'url', 'image']);
const isLocalized = (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && 'en' in value;
const textOf = (value) => (typeof value === 'string' ? value : value?.text);

/** Every localized text map of the bundle, every plain string a reader would see, with their paths. */
function walk(value, path, found) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, found));
  } else if (isLocalized(value)) {
    found.localized.push({ path, value });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, field] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (key === 'excerpts') continue; // the source's own words, shown as written
      if (typeof field === 'string' || (Array.isArray(field) && field.some((item) => typeof item === 'string'))) {
        if (!NOT_TEXT.has(key)) found.plain.push({ path: at, value: field });
      } else {
        walk(field, at, found);
      }
    }
  }
  return found;
}

describe('the seed bundle in Arabic', () => {
  const bundle = seed();
  const { localized, plain } = walk(bundle, '', { localized: [], plain: [] });

  it('has Arabic beside every English text, written in Arabic script', () => {
    assert.ok(localized.length > 100, `only ${localized.length} texts found`);
    const missing = localized.filter(({ value }) => !textOf(value.ar)?.trim()).map(({ path }) => path);
    assert.deepEqual(missing, []);
    const notArabic = localized.filter(({ value }) => !/[\u0600-\u06FF]/.test(textOf(value.ar))).map(({ path }) => path);
    assert.deepEqual(notArabic, []);
  });

  it('marks every Arabic text as a translation, except the Arabic spellings of names', () => {
    const isName = (path) => /\.(name|shortName)$/.test(path);
    const unmarked = localized.filter(({ path, value }) => !isName(path) && value.ar.translation !== true).map(({ path }) => path);
    assert.deepEqual(unmarked, []);
  });

  it('keeps every quote in the article’s English, with an Arabic translation', () => {
    for (const quote of bundle.quotes) {
      assert.equal(quote.language, 'en', quote.id);
      assert.equal(typeof quote.text, 'string', quote.id);
      assert.match(quote.translations?.ar ?? '', /[\u0600-\u06FF]/, `${quote.id}: no Arabic translation`);
    }
  });

  it('has no text a reader sees in one language only: the only plain strings are the source’s title and the quotes’ words and translations', () => {
    const allowed = new Set([
      ...bundle.sources.map((_, i) => `sources[${i}].name`),
      ...bundle.quotes.flatMap((quote, i) => [`quotes[${i}].text`, ...Object.keys(quote.translations ?? {}).map((lang) => `quotes[${i}].translations.${lang}`)]),
    ]);
    assert.deepEqual(
      plain.filter(({ path }) => !allowed.has(path)),
      [],
    );
  });
});
