/**
 * `npx news-widgets verify <bundle> --text <source-id>=<file-or-url>… [--strict] [--json]`:
 * checks a bundle against the text of its sources.
 *
 * Every excerpt citing a source given with --text, and the text of every direct quote citing
 * it, must be in that source's text word for word (after normalising white space, quote marks,
 * dashes and Unicode composition); each one that is not is reported with its JSON path and the
 * closest passage of the text, so that an editor sees a typo at once. The facts that cite the
 * source without an excerpt of it are listed as warnings (failures with --strict).
 *
 * The checking is `verifyBundle(bundle, texts)`: pure, no I/O, no Node API, so that a test or
 * a browser page can run it on texts it has. The command reads the files and URLs through the
 * functions it is given (news-widgets.ts passes read-input.ts's).
 */
import { readBundleText } from '../bundle/read-bundle.js';
import type { Bundle, Excerpt } from '../bundle/schema.js';
import { pathOf } from '../bundle/shape.js';
import { formatProblem, type BundleProblem } from '../bundle/validate.js';
import { FOLDED, SOFT_HYPHEN, comparedText } from '../helpers/compared-text.js';
import { isPlainObject, quoted } from '../helpers/json-value.js';
import { suggestIds } from '../helpers/near-miss.js';

export const VERIFY_USAGE = `Usage: news-widgets verify <file-or-url> --text <source-id>=<file-or-url> [--text …] [--strict] [--json]

Checks a bundle against the text of its sources. For each source given with --text (its text
as a plain-text file, or an http(s) URL that serves plain text):
  - every excerpt citing that source, and the text of every direct quote citing it, must be in
    the text word for word. Both are normalised first: runs of white space (line breaks too)
    become one space; curly and straight quote marks count as the same (‘ ’ ‚ ‛ ′ ‹ › as ',
    “ ” „ ‟ ″ « » as "), and so do dashes (‐ ‑ ‒ – — ― − as -); soft hyphens are dropped;
    Unicode is compared composed (NFC). Case and every other character count, and an excerpt
    must begin and end at word boundaries. Each one not found is listed with its JSON path and
    the closest passage of the text. A direct quote is checked in its own words, or in its
    "original" words when the source's "language" is the original's.
  - the facts that cite the source without an excerpt of it are listed: warnings, or failures
    with --strict. The facts are each actor's summary, goals and relations; each place's note;
    each control snapshot and each of its shares; each paraphrased quote (a direct quote's own
    text is checked instead); each crossing, each of its sides and each entry of its history;
    each event. A fact cites the sources in its own "sources"; without them, a summary, goal or
    relation cites its actor's, a share its snapshot's, a crossing side or history entry its
    crossing's. A place note that names no source (places have no "sources") counts as citing
    every source checked, unless its excerpts name the source. A fact's excerpts are its own
    "excerpts" (a history entry's may be on its note).
The bundle is validated first: an invalid one is refused with its problems.

Options of verify:
  --text <source-id>=<file-or-url>
              the text of one of the bundle's sources ("-" reads standard input); give it
              once for each source to check
  --strict    facts without an excerpt of a checked source fail the check too
  --json      print the results as JSON
  --help      show this help

Exit status: 0 every excerpt and direct quote found; 1 some not found (with --strict, also some
fact without an excerpt), or the bundle is invalid, or the bundle or a text cannot be read;
2 wrong usage (such as a --text for a source the bundle does not have).`;

// ── Normalising ──────────────────────────────────────────────────────────────────────────────

const SPACE = /\s/;

/** Text as it is compared, and for each of its characters where it is in the text (NFC) it came from. */
interface NormalisedText {
  /** The text, normalised: what excerpts are looked for in. */
  readonly text: string;
  /** The text in NFC, before folding: what the closest passage is shown from. */
  readonly composed: string;
  /** For each character of `text`, its index in `composed`. */
  readonly at: readonly number[];
}

function normaliseWithPlaces(raw: string): NormalisedText {
  const composed = raw.normalize('NFC');
  let text = '';
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < composed.length; i++) {
    const char = composed[i];
    if (char === SOFT_HYPHEN) continue;
    if (SPACE.test(char)) {
      space = text.length > 0;
      continue;
    }
    if (space) {
      text += ' ';
      at.push(i - 1);
      space = false;
    }
    text += FOLDED.get(char) ?? char;
    at.push(i);
  }
  return { text, composed, at };
}

/** Text as `verify` compares it (see `comparedText`): what excerpts and quotes are looked for as. */
export const normaliseText = comparedText;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The character (a whole code point) that ends just before `index`, or ''. */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const code = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1];
}
/** The character (a whole code point) that begins at `index`, or ''. */
function charAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

const isWordChar = (char: string): boolean => char !== '' && WORD_CHAR.test(char);

/**
 * Where `words` are in `text` (both normalised) as whole words: not the middle of a longer
 * word ("the city" is not in "the cityscape"). -1 when they are not.
 */
export function findWords(text: string, words: string): number {
  if (words === '') return -1;
  const startsWord = isWordChar(charAt(words, 0));
  const endsWord = isWordChar(charBefore(words, words.length));
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
    if (startsWord && isWordChar(charBefore(text, i))) continue;
    if (endsWord && isWordChar(charAt(text, i + words.length))) continue;
    return i;
  }
  return -1;
}

// ── The closest passage ──────────────────────────────────────────────────────────────────────

/** A source's text, ready for looking up passages: its words and where each word occurs. */
interface SourceText extends NormalisedText {
  /** Each word of `text`: where it begins and ends. */
  readonly words: readonly { readonly start: number; readonly end: number }[];
  /** Each word, lower-cased, to the indexes (in `words`) where it occurs. */
  readonly occurrences: ReadonlyMap<string, readonly number[]>;
}

const WORDS = /[\p{L}\p{N}\p{M}]+/gu;

function wordsOf(text: string): { start: number; end: number; key: string }[] {
  return [...text.matchAll(WORDS)].map((match) => ({ start: match.index, end: match.index + match[0].length, key: match[0].toLowerCase() }));
}

function prepareSourceText(raw: string): SourceText {
  const normalised = normaliseWithPlaces(raw);
  const found = wordsOf(normalised.text);
  const occurrences = new Map<string, number[]>();
  found.forEach(({ key }, index) => {
    const list = occurrences.get(key);
    if (list) list.push(index);
    else occurrences.set(key, [index]);
  });
  return { ...normalised, words: found.map(({ start, end }) => ({ start, end })), occurrences };
}

/** The passage of a source's text closest to words not found in it. */
export interface Passage {
  /** The passage as the source has it (white space made one space), with "…" where the text goes on. */
  readonly text: string;
  /** How many characters to change, add or take out to make the words into the passage. */
  readonly distance: number;
}

/** How many alignments of the words with the text are scored character by character. */
const CANDIDATES = 3;

/**
 * The substring of `text` between `from` and `to` closest to `needle` by edit distance (the
 * substring's start and end are free: Sellers' algorithm), with its start and end.
 */
function closestSubstring(needle: string, text: string, from: number, to: number): { distance: number; start: number; end: number } {
  const width = to - from;
  let cost = new Int32Array(width + 1);
  let start = new Int32Array(width + 1);
  for (let j = 0; j <= width; j++) start[j] = from + j;
  let nextCost = new Int32Array(width + 1);
  let nextStart = new Int32Array(width + 1);
  for (let i = 1; i <= needle.length; i++) {
    nextCost[0] = i;
    nextStart[0] = from;
    const char = needle[i - 1];
    for (let j = 1; j <= width; j++) {
      let best = cost[j - 1] + (text[from + j - 1] === char ? 0 : 1);
      let bestStart = start[j - 1];
      if (cost[j] + 1 < best) {
        best = cost[j] + 1;
        bestStart = start[j];
      }
      if (nextCost[j - 1] + 1 < best) {
        best = nextCost[j - 1] + 1;
        bestStart = nextStart[j - 1];
      }
      nextCost[j] = best;
      nextStart[j] = bestStart;
    }
    [cost, nextCost] = [nextCost, cost];
    [start, nextStart] = [nextStart, start];
  }
  let end = 0;
  for (let j = 1; j <= width; j++) if (cost[j] < cost[end]) end = j;
  return { distance: cost[end], start: start[end], end: from + end };
}

/**
 * The passage of the text closest to `needle` (normalised). The words of the needle that occur
 * in the text vote for where it would begin, rare words weighing more than common ones; the few
 * best-supported places are then scored character by character. Null when no word of the
 * needle occurs in the text.
 */
function closestPassage(source: SourceText, needle: string): Passage | null {
  const keys = wordsOf(needle).map(({ key }) => key);
  const votes = new Map<number, number>();
  keys.forEach((key, k) => {
    const places = source.occurrences.get(key);
    if (!places) return;
    const weight = 1 / places.length;
    for (const place of places) votes.set(place - k, (votes.get(place - k) ?? 0) + weight);
  });
  if (votes.size === 0) return null;
  // A word added or lost shifts the alignment by one: votes a few words apart support each other.
  const reach = Math.max(2, Math.ceil(keys.length / 5));
  const scored = [...votes.keys()].map((offset) => {
    let score = 0;
    for (let d = -reach; d <= reach; d++) score += votes.get(offset + d) ?? 0;
    return { offset, score };
  });
  scored.sort((a, b) => b.score - a.score || a.offset - b.offset);
  const chosen: number[] = [];
  for (const { offset } of scored) {
    if (chosen.length === CANDIDATES) break;
    if (chosen.every((other) => Math.abs(other - offset) > keys.length / 2)) chosen.push(offset);
  }
  const { text, words } = source;
  const slack = reach + 1;
  let best: { distance: number; start: number; end: number } | undefined;
  for (const offset of chosen) {
    const first = words[Math.max(0, Math.min(words.length - 1, offset - slack))];
    const last = words[Math.max(0, Math.min(words.length - 1, offset + keys.length - 1 + slack))];
    const found = closestSubstring(needle, text, Math.max(0, first.start - 8), Math.min(text.length, last.end + 8));
    if (best === undefined || found.distance < best.distance) best = found;
  }
  if (best === undefined) return null;
  // Out to whole words, so that the passage reads as the text has it.
  let { start, end } = best;
  while (start > 0 && isWordChar(charBefore(text, start)) && isWordChar(charAt(text, start))) start--;
  while (end < text.length && isWordChar(charBefore(text, end)) && isWordChar(charAt(text, end))) end++;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  if (start >= end) return null;
  const shown = source.composed
    .slice(source.at[start], source.at[end - 1] + 1)
    .replaceAll(SOFT_HYPHEN, '')
    .replace(/\s+/g, ' ');
  return { text: `${start > 0 ? '…' : ''}${shown}${end < text.length ? '…' : ''}`, distance: best.distance };
}

// ── What is checked ──────────────────────────────────────────────────────────────────────────

/** Words of a source that the bundle says are in it: an excerpt, or a direct quote's text. */
interface Citation {
  readonly source: string;
  readonly path: string;
  readonly text: string;
}

/** Words not found in their source's text. */
export interface MissingWords {
  readonly source: string;
  /** Where the words are in the bundle: `control[2].shares[0].excerpts[0].text`, `quotes[3].text`. */
  readonly path: string;
  /** The words, as the bundle has them. */
  readonly text: string;
  /** The passage of the source's text closest to them; null when none of their words is in it. */
  readonly closest: Passage | null;
}

/** The kinds of entry that state a fact, each of which should carry an excerpt of the sources it cites. */
export type FactKind =
  | 'summary'
  | 'goal'
  | 'relation'
  | 'place note'
  | 'control snapshot'
  | 'share'
  | 'paraphrase'
  | 'crossing'
  | 'crossing side'
  | 'history entry'
  | 'event';

/** A fact that cites a source without an excerpt of it. */
export interface FactWithoutExcerpt {
  readonly source: string;
  /** Where the fact is: `actors[0].summary`, `control[2].shares[1]`. */
  readonly path: string;
  readonly fact: FactKind;
  /** The fact in words: `the summary of "islamic-state"`. */
  readonly label: string;
}

/** One source checked against its text. */
export interface SourceCheck {
  readonly source: string;
  /** Excerpts and direct quotes citing the source, looked for in its text. */
  readonly checked: number;
  readonly found: number;
}

export interface VerifyResult {
  /** The sources checked, in the order given. */
  readonly sources: readonly SourceCheck[];
  /** Excerpts and direct quotes looked for, and found, over all sources checked. */
  readonly checked: number;
  readonly found: number;
  /** The excerpts and direct quotes not found word for word, in the order of the bundle. */
  readonly missing: readonly MissingWords[];
  /** The facts citing a checked source without an excerpt of it, in the order of the bundle. */
  readonly withoutExcerpt: readonly FactWithoutExcerpt[];
  /** Direct quotes citing a checked source that could not be checked against it (another language). */
  readonly skipped: readonly { readonly source: string; readonly path: string; readonly reason: string }[];
  /** Excerpts and direct quotes citing sources that were not checked (no text given), by source. */
  readonly unchecked: readonly { readonly source: string; readonly count: number }[];
}

type Key = string | number;

const excerptsOf = (value: unknown): readonly Excerpt[] =>
  isPlainObject(value) && Array.isArray(value.excerpts) ? (value.excerpts as Excerpt[]) : [];

/** A statement given as an object (`{"text": …, "sources": …}`), or undefined for plain text. */
const statementObject = (value: unknown): { readonly sources?: readonly string[]; readonly excerpts?: readonly Excerpt[] } | undefined =>
  isPlainObject(value) && Object.hasOwn(value, 'text') ? value : undefined;

/** Every excerpt in the bundle, wherever it is, in the order of the file; and every direct quote's words. */
function citationsOf(bundle: Bundle, languageOf: (source: string) => string | undefined, skipped: VerifyResult['skipped'][number][]): Citation[] {
  const citations: Citation[] = [];
  const walk = (value: unknown, keys: Key[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...keys, i]));
      return;
    }
    if (!isPlainObject(value)) return;
    for (const key of Object.keys(value)) {
      const field = value[key];
      if (key === 'excerpts' && Array.isArray(field)) {
        field.forEach((excerpt: unknown, i) => {
          if (isPlainObject(excerpt) && typeof excerpt.source === 'string' && typeof excerpt.text === 'string') {
            citations.push({ source: excerpt.source, path: pathOf([...keys, 'excerpts', i, 'text']), text: excerpt.text });
          }
        });
      } else if (typeof field === 'object' && field !== null) walk(field, [...keys, key]);
    }
  };
  for (const list of Object.keys(bundle) as (keyof Bundle)[]) {
    if (list !== 'quotes') {
      walk(bundle[list], [list]);
      continue;
    }
    bundle.quotes.forEach((quote, q) => {
      if (quote.kind === 'direct') {
        for (const source of quote.sources) {
          const language = languageOf(source);
          if (language === undefined || language === quote.language) citations.push({ source, path: pathOf(['quotes', q, 'text']), text: quote.text });
          else if (quote.original?.language === language) citations.push({ source, path: pathOf(['quotes', q, 'original', 'text']), text: quote.original.text });
          else {
            const reason = `the quote is in "${quote.language}" and the source in "${language}", with no original words in "${language}"`;
            skipped.push({ source, path: pathOf(['quotes', q, 'text']), reason });
          }
        }
      }
      walk(quote, ['quotes', q]);
    });
  }
  return citations;
}

/** A fact-bearing entry: where it is, what it is, the sources it cites ('any' for a place note naming none) and its excerpts. */
interface Fact {
  readonly path: string;
  readonly fact: FactKind;
  readonly label: string;
  readonly cites: readonly string[] | 'any';
  readonly excerpts: readonly Excerpt[];
}

/** The facts of the bundle, in the order of its lists (the list in VERIFY_USAGE). */
function factsOf(bundle: Bundle): Fact[] {
  const facts: Fact[] = [];
  const add = (keys: Key[], fact: FactKind, label: string, cites: readonly string[] | 'any', excerpts: readonly Excerpt[]) =>
    facts.push({ path: pathOf(keys), fact, label, cites, excerpts });
  const statement = (keys: Key[], fact: FactKind, label: string, value: unknown, inherited: readonly string[]) => {
    const object = statementObject(value);
    add(keys, fact, label, object?.sources ?? inherited, object?.excerpts ?? []);
  };
  bundle.actors.forEach((actor, a) => {
    const of = quoted(actor.id);
    if (actor.summary !== undefined) statement(['actors', a, 'summary'], 'summary', `the summary of ${of}`, actor.summary, actor.sources);
    actor.goals?.forEach((goal, g) => statement(['actors', a, 'goals', g], 'goal', `goal ${g + 1} of ${of}`, goal, actor.sources));
    actor.relations?.forEach((relation, r) =>
      add(['actors', a, 'relations', r], 'relation', `${of} ${relation.type} ${quoted(relation.actor)}`, relation.sources ?? actor.sources, excerptsOf(relation)),
    );
  });
  bundle.places.forEach((place, p) => {
    if (place.note === undefined) return;
    const object = statementObject(place.note);
    const excerpts = object?.excerpts ?? [];
    const cites = object?.sources ?? (excerpts.length > 0 ? excerpts.map((excerpt) => excerpt.source) : 'any');
    add(['places', p, 'note'], 'place note', `the note on ${quoted(place.id)}`, cites, excerpts);
  });
  bundle.control.forEach((snapshot, c) => {
    add(['control', c], 'control snapshot', `the control snapshot ${quoted(snapshot.id)}`, snapshot.sources, excerptsOf(snapshot));
    snapshot.shares.forEach((share, s) =>
      add(['control', c, 'shares', s], 'share', `the share of ${quoted(share.actor)} in ${quoted(snapshot.id)}`, snapshot.sources, excerptsOf(share)),
    );
  });
  bundle.quotes.forEach((quote, q) => {
    if (quote.kind === 'paraphrase') add(['quotes', q], 'paraphrase', `the paraphrase ${quoted(quote.id)}`, quote.sources, excerptsOf(quote));
  });
  bundle.crossings.forEach((crossing, x) => {
    const of = quoted(crossing.id);
    add(['crossings', x], 'crossing', `the crossing ${of}`, crossing.sources, excerptsOf(crossing));
    crossing.sides.forEach((side, s) =>
      add(['crossings', x, 'sides', s], 'crossing side', `the ${side.country} side of ${of}`, side.sources ?? crossing.sources, excerptsOf(side)),
    );
    crossing.history?.forEach((change, h) => {
      const when = typeof change.date === 'string' ? ` of ${change.date}` : ` ${h + 1}`;
      add(['crossings', x, 'history', h], 'history entry', `the change${when} in the history of ${of}`, change.sources ?? crossing.sources, [
        ...excerptsOf(change),
        ...(statementObject(change.note)?.excerpts ?? []),
      ]);
    });
  });
  bundle.events?.forEach((event, e) => add(['events', e], 'event', `the event ${quoted(event.id)}`, event.sources, excerptsOf(event)));
  return facts;
}

/**
 * Checks a (valid) bundle against the texts of some of its sources, given as source id → text.
 * Pure: reads nothing, prints nothing. Texts for ids the bundle has no source for check nothing
 * (the command refuses them before).
 */
export function verifyBundle(bundle: Bundle, texts: Readonly<Record<string, string>>): VerifyResult {
  const given = Object.keys(texts).filter((id) => Object.hasOwn(texts, id));
  const languages = new Map(bundle.sources.map((source) => [source.id, source.language]));
  const skipped: VerifyResult['skipped'][number][] = [];
  const citations = citationsOf(bundle, (source) => (given.includes(source) ? languages.get(source) : undefined), skipped);

  const normalised = new Map<string, string>();
  const prepared = new Map<string, SourceText>();
  const textOf = (source: string) => {
    let text = normalised.get(source);
    if (text === undefined) normalised.set(source, (text = normaliseText(texts[source])));
    return text;
  };
  const preparedOf = (source: string) => {
    let text = prepared.get(source);
    if (text === undefined) prepared.set(source, (text = prepareSourceText(texts[source])));
    return text;
  };

  const counts = new Map(given.map((source) => [source, { checked: 0, found: 0 }]));
  const unchecked = new Map<string, number>();
  const missing: MissingWords[] = [];
  for (const citation of citations) {
    const count = counts.get(citation.source);
    if (count === undefined) {
      unchecked.set(citation.source, (unchecked.get(citation.source) ?? 0) + 1);
      continue;
    }
    count.checked++;
    const words = normaliseText(citation.text);
    if (findWords(textOf(citation.source), words) >= 0) count.found++;
    else missing.push({ ...citation, closest: closestPassage(preparedOf(citation.source), words) });
  }

  const withoutExcerpt: FactWithoutExcerpt[] = [];
  for (const { path, fact, label, cites, excerpts } of factsOf(bundle)) {
    for (const source of given) {
      if (cites !== 'any' && !cites.includes(source)) continue;
      if (excerpts.some((excerpt) => excerpt.source === source)) continue;
      withoutExcerpt.push({ source, path, fact, label });
    }
  }

  const sources = given.map((source) => ({ source, ...(counts.get(source) ?? { checked: 0, found: 0 }) }));
  return {
    sources,
    checked: sources.reduce((sum, source) => sum + source.checked, 0),
    found: sources.reduce((sum, source) => sum + source.found, 0),
    missing,
    withoutExcerpt,
    skipped,
    unchecked: [...unchecked].map(([source, count]) => ({ source, count })),
  };
}

// ── The command ──────────────────────────────────────────────────────────────────────────────

/** How the command reads a bundle or a text: a file, an http(s) URL, or "-" (src/cli/read-input.ts). */
export interface VerifyReading {
  readonly read: (input: string) => Promise<string>;
  /** Why `read` failed, in words. */
  readonly failure: (error: unknown) => string;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const usageError = (message: string): number => {
  console.error(`news-widgets verify: ${message}\n\n${VERIFY_USAGE}`);
  return 2;
};

/** Text served as a web page rather than as text: verify compares plain text. */
const looksLikeHtml = (text: string): boolean => /^\s*<(?:!doctype|html|head|body|\?xml)\b/i.test(text);

function printHuman(where: string, texts: readonly { source: string; input: string }[], result: VerifyResult, strict: boolean, warnings: readonly string[]): void {
  for (const warning of warnings) console.log(`warning: ${warning}`);
  for (const { source, checked, found } of result.sources) {
    const input = texts.find((text) => text.source === source)?.input ?? '';
    const against = `${where} against ${quoted(source)} (${input})`;
    if (found === checked) console.log(`✓ ${against}: ${checked === 0 ? 'no excerpt or direct quote cites it' : `${count(checked, 'excerpt or direct quote', 'excerpts and direct quotes')} found word for word`}`);
    else console.log(`✗ ${against}: ${checked - found} of ${checked} not found word for word`);
    for (const miss of result.missing.filter((item) => item.source === source)) {
      console.log(`  ${miss.path}`);
      console.log(`      bundle:  ${miss.text.replace(/\s+/g, ' ')}`);
      console.log(miss.closest === null ? '      text:    (no word of it is in the text)' : `      closest: ${miss.closest.text}`);
    }
    for (const skip of result.skipped.filter((item) => item.source === source)) console.log(`  not checked: ${skip.path}: ${skip.reason}`);
    const facts = result.withoutExcerpt.filter((item) => item.source === source);
    if (facts.length > 0) {
      const kind = strict ? '✗' : 'warning:';
      console.log(`${kind} ${count(facts.length, 'fact cites', 'facts cite')} ${quoted(source)} without an excerpt of it${strict ? '' : ' (--strict makes this fail)'}:`);
      for (const fact of facts) console.log(`  ${fact.path}: ${fact.label}`);
    }
  }
  for (const { source, count: n } of result.unchecked) {
    console.log(`note: ${count(n, 'excerpt or direct quote cites', 'excerpts and direct quotes cite')} ${quoted(source)}, not checked (no --text for it)`);
  }
}

export async function verifyCommand(args: readonly string[], reading: VerifyReading): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(VERIFY_USAGE);
    return 0;
  }
  let json = false;
  let strict = false;
  const texts: { source: string; input: string }[] = [];
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--strict') strict = true;
    else if (arg === '--text' || arg.startsWith('--text=')) {
      const value = arg === '--text' ? args[++i] : arg.slice('--text='.length);
      const equals = value?.indexOf('=') ?? -1;
      if (value === undefined || value.startsWith('--') || equals <= 0 || equals === value.length - 1) {
        return usageError(`--text needs a source id and its text, like --text article=article.txt${value === undefined ? '' : `; got ${JSON.stringify(value)}`}.`);
      }
      const source = value.slice(0, equals);
      if (texts.some((text) => text.source === source)) return usageError(`--text gives the text of ${quoted(source)} twice.`);
      texts.push({ source, input: value.slice(equals + 1) });
    } else if (arg.startsWith('-') && arg !== '-') return usageError(`unknown option "${arg}".`);
    else inputs.push(arg);
  }
  if (inputs.length !== 1) return usageError(inputs.length === 0 ? 'verify needs the bundle: a file, a URL, or "-" for standard input.' : 'verify takes one bundle at a time.');
  if (texts.length === 0) return usageError('verify needs the text of at least one source: --text <source-id>=<file-or-url>.');
  const [input] = inputs;
  if ([input, ...texts.map((text) => text.input)].filter((item) => item === '-').length > 1) return usageError('standard input ("-") can be read only once.');
  const where = input === '-' ? 'standard input' : input;

  const fail = (problems: readonly BundleProblem[], words: string, valid: boolean): number => {
    if (json) console.log(JSON.stringify({ input, valid, passed: false, problems }, null, 2));
    else console.error(`news-widgets verify: ${words}`);
    return 1;
  };

  let bundleText: string;
  try {
    bundleText = await reading.read(input);
  } catch (error) {
    const reason = reading.failure(error);
    return fail([{ path: '', message: `could not be read: ${reason}` }], `could not read ${where}: ${reason}`, false);
  }
  const bundleReading = readBundleText(bundleText, where);
  if (!bundleReading.valid) {
    const { problems } = bundleReading;
    if (problems.length === 1 && problems[0].path === '') return fail(problems, `${where} ${problems[0].message}`, false);
    const listed = problems.map((problem) => `  ${formatProblem(problem)}`).join('\n');
    return fail(problems, `${where} is not a valid bundle (${count(problems.length, 'problem')}), so it is not verified; fix these first:\n${listed}`, false);
  }
  const { bundle } = bundleReading;

  const ids = bundle.sources.map((source) => source.id);
  const unknown = texts.filter((text) => !ids.includes(text.source));
  if (unknown.length > 0) {
    return usageError(unknown.map((text) => `--text ${quoted(text.source)}: the bundle has no source ${quoted(text.source)}; ${suggestIds(text.source, ids)}`).join('\n'));
  }

  const read = await Promise.all(
    texts.map(async (text): Promise<{ source: string; input: string; text?: string; failure?: string }> => {
      try {
        return { ...text, text: await reading.read(text.input) };
      } catch (error) {
        return { ...text, failure: reading.failure(error) };
      }
    }),
  );
  const unreadable = read.filter((text) => text.failure !== undefined);
  if (unreadable.length > 0) {
    const problems = unreadable.map((text) => ({ path: '', message: `the text of ${quoted(text.source)} (${text.input}) could not be read: ${text.failure}` }));
    return fail(problems, problems.map((problem) => problem.message).join('\n'), true);
  }

  const warnings = read
    .filter((text) => looksLikeHtml(text.text ?? ''))
    .map((text) => `the text of ${quoted(text.source)} (${text.input}) looks like an HTML page; verify compares plain text: save the article's text to a file and give that`);
  const result = verifyBundle(bundle, Object.fromEntries(read.map((text) => [text.source, text.text ?? ''])));
  const passed = result.missing.length === 0 && (!strict || result.withoutExcerpt.length === 0);
  if (json) {
    const textsOut = texts.map(({ source, input: from }) => ({ source, input: from, ...result.sources.find((check) => check.source === source) }));
    const { checked, found, missing, withoutExcerpt, skipped, unchecked } = result;
    const report = { input, valid: true, passed, strict, texts: textsOut, checked, found, missing, withoutExcerpt, skipped, unchecked, warnings, problems: [] };
    console.log(JSON.stringify(report, null, 2));
  } else printHuman(where, texts, result, strict, warnings);
  return passed ? 0 : 1;
}
