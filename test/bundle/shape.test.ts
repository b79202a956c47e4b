import { expect } from '@open-wc/testing';
import {
  REFUSED,
  boolean,
  list,
  map,
  matches,
  nullable,
  number,
  object,
  oneOf,
  optional,
  pathOf,
  refine,
  string,
  tuple,
  type Shape,
  type ShapeProblem,
} from '../../src/bundle/shape.js';

/** Checks `value` and returns what was reported, as `path: message` lines. */
function problemsOf(shape: Shape, value: unknown): string[] {
  const found: ShapeProblem[] = [];
  const read = shape.read(value, found);
  expect(read === REFUSED, 'refused exactly when something was reported').to.equal(found.length > 0);
  return found.map((problem) => `${pathOf(problem.keys) || '(here)'}: ${problem.message}`);
}

describe('the shapes the bundle format is written in', () => {
  const word = string('a word', matches(/^[a-z]+$/, 'a word in small letters'));

  it('a string: the type message for another type, the failed rule\'s message for a string', () => {
    expect(problemsOf(word, 'ok')).to.deep.equal([]);
    expect(problemsOf(word, 3)).to.deep.equal(['(here): expected a word, got 3']);
    expect(problemsOf(word, 'Not')).to.deep.equal(['(here): expected a word in small letters, got "Not"']);
  });

  it('a number: finite, within bounds, whole when asked', () => {
    const age = number('an age', 0, 150, true);
    expect(problemsOf(age, 33)).to.deep.equal([]);
    for (const bad of [33.5, -1, 151, Number.NaN, Number.POSITIVE_INFINITY, '33']) {
      expect(problemsOf(age, bad), String(bad)).to.have.length(1);
    }
  });

  it('an object: names each missing or bad field by path, lets optional fields be left out, refuses a list', () => {
    const person = object('a person', { name: word, nick: optional(word), tags: list('tags', word) });
    expect(problemsOf(person, { name: 'ada', tags: [] })).to.deep.equal([]);
    expect(problemsOf(person, { nick: 'A', tags: ['x', 7] })).to.deep.equal([
      'name: expected a word, got nothing (the field is missing)',
      'nick: expected a word in small letters, got "A"',
      'tags[1]: expected a word, got 7',
    ]);
    expect(problemsOf(person, [])).to.deep.equal(['(here): expected a person, got an empty list']);
  });

  it('hands back the value it was given, unknown fields and all', () => {
    const value = { name: 'ada', tags: [], extra: true };
    expect(object('a person', { name: word, tags: list('tags', word) }).read(value, [])).to.equal(value);
  });

  it('a list with at least one item says so for an empty one', () => {
    expect(problemsOf(list('ids', word, 'at least one id'), [])).to.deep.equal(['(here): expected at least one id, got an empty list']);
  });

  it('a tuple: exactly its items, a missing one named, a longer list refused', () => {
    const pair = tuple('two words', [word, word]);
    expect(problemsOf(pair, ['a', 'b'])).to.deep.equal([]);
    expect(problemsOf(pair, ['a'])).to.deep.equal(['[1]: expected a word, got nothing (the field is missing)']);
    expect(problemsOf(pair, ['a', 'b', 'c'])).to.deep.equal(['(here): expected two words, got a list of 3']);
  });

  it('a map: a bad key and a bad value of one entry are both reported, at that entry', () => {
    const texts = map(word, word, 'words by word');
    expect(problemsOf(texts, { en: 'yes' })).to.deep.equal([]);
    expect(problemsOf(texts, { EN: 5 })).to.deep.equal([
      'EN: expected a word in small letters, got "EN"',
      'EN: expected a word, got 5',
    ]);
  });

  it('one of a few words', () => {
    const status = oneOf(['open', 'closed']);
    expect(problemsOf(status, 'open')).to.deep.equal([]);
    expect(problemsOf(status, 'shut')).to.deep.equal(['(here): expected one of "open", "closed", got "shut"']);
  });

  it('true or false, a value that may be null, and a further check of a value that passed', () => {
    const flag = boolean('true or false');
    expect(problemsOf(flag, false)).to.deep.equal([]);
    expect(problemsOf(flag, 'true')).to.deep.equal(['(here): expected true or false, got "true"']);
    const holder = nullable(word);
    expect(problemsOf(holder, null)).to.deep.equal([]);
    expect(problemsOf(holder, 'ada')).to.deep.equal([]);
    expect(problemsOf(holder, 5)).to.deep.equal(['(here): expected a word, got 5']);
    expect(holder.json).to.deep.equal({ anyOf: [{ type: 'string', pattern: '^[a-z]+$' }, { type: 'null' }] });
    const short = refine(word, (text) => text.length <= 3, 'a word of at most three letters');
    expect(problemsOf(short, 'ada')).to.deep.equal([]);
    expect(problemsOf(short, 'adam')).to.deep.equal(['(here): expected a word of at most three letters, got "adam"']);
    // The shape's own check comes first, and only its message is given.
    expect(problemsOf(short, 'Adam')).to.deep.equal(['(here): expected a word in small letters, got "Adam"']);
  });

  it('writes its JSON Schema beside the check', () => {
    expect(object('a person', { name: word, nick: optional(word) }).json).to.deep.equal({
      type: 'object',
      properties: { name: { type: 'string', pattern: '^[a-z]+$' }, nick: { type: 'string', pattern: '^[a-z]+$' } },
      required: ['name'],
    });
    expect(tuple('two', [word, word]).json).to.include({ minItems: 2, maxItems: 2 });
  });
});
