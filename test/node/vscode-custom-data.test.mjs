/**
 * dist/vscode.html-custom-data.json, which `npm run build` writes from the Custom Elements
 * Manifest: what VS Code offers while an editor types a widget's tag in HTML.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { stringLiteralValues } from '../../scripts/vscode-custom-data.mjs';

const data = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
const tag = (name) => data.tags.find((entry) => entry.name === name);
const attribute = (tagName, name) => tag(tagName).attributes.find((entry) => entry.name === name);

describe('dist/vscode.html-custom-data.json', () => {
  it('is custom data version 1.1 with the four tags, each described', () => {
    assert.equal(data.version, 1.1);
    assert.deepEqual(data.tags.map((entry) => entry.name).sort(), ['actor-card', 'border-crossing-status', 'control-bar', 'quote-block']);
    assert.match(tag('control-bar').description.value, /^Who controls a place, as a stacked bar/);
    assert.match(tag('actor-card').description.value, /`nw-ready`: The card shows its actor\./);
  });

  it("offers each element's own attributes and the shared ones, but not lang and dir (editors know those)", () => {
    assert.deepEqual(tag('actor-card').attributes.map((entry) => entry.name), ['actor', 'compact', 'heading-level', 'src', 'theme', 'refresh']);
    assert.deepEqual(tag('control-bar').attributes.map((entry) => entry.name), ['place', 'date', 'src', 'theme', 'refresh']);
  });

  it('describes attributes, with their defaults, and offers the values of theme', () => {
    assert.equal(attribute('quote-block', 'src').description.kind, 'markdown');
    assert.match(attribute('quote-block', 'src').description.value, /^The bundle: its URL/);
    assert.match(attribute('actor-card', 'heading-level').description.value, /Default: `3`$/);
    assert.deepEqual(attribute('border-crossing-status', 'theme').values, [{ name: 'auto' }, { name: 'light' }, { name: 'dark' }]);
    assert.match(attribute('border-crossing-status', 'theme').description.value, /Default: `auto`$/);
  });

  it('marks boolean attributes as taking no value', () => {
    assert.equal(attribute('actor-card', 'compact').valueSet, 'v');
    assert.equal(attribute('actor-card', 'actor').valueSet, undefined);
  });
});

describe('stringLiteralValues', () => {
  it('reads the members of a union of string literals, in either quote', () => {
    assert.deepEqual(stringLiteralValues(`'auto' | 'light' | "dark"`), ['auto', 'light', 'dark']);
  });

  it('gives nothing for other types', () => {
    for (const type of ['string', 'string | null', `'auto' | string`, `'one'`, undefined]) assert.equal(stringLiteralValues(type), undefined, type);
  });
});
