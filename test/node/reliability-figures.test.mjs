/**
 * test/RELIABILITY.md is the record the reliability suite writes at the end of a full run in
 * all three engines (test/reliability/reliability-server.mjs): this checks that the committed
 * file is such a record, untouched by hand, and that every count that must be 0 is 0.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  ENGINES,
  FIGURES_FILE,
  FIGURE_NAMES,
  MUST_BE_ZERO,
  TRIED,
  parseFiguresMarkdown,
  renderFiguresMarkdown,
} from '../reliability/figures-file.mjs';

/** Below these, the suite would not be pushing hard enough to say much. */
const AT_LEAST = { hostileBundles: 1000, networkFaults: 10, hostPages: 7, widgetsChecked: 1000 };

describe('test/RELIABILITY.md', () => {
  const markdown = readFileSync(FIGURES_FILE, 'utf8');
  const figures = parseFiguresMarkdown(markdown);

  it('carries the figures of a run, and its tables are written from them', () => {
    assert.ok(figures, 'the file has no <!-- figures … --> record: run the reliability suite in all three engines');
    assert.equal(markdown, renderFiguresMarkdown(figures), 'the tables disagree with the recorded figures: the file was edited by hand');
  });

  it('records Chromium, Firefox and WebKit, each with every figure', () => {
    assert.deepEqual(Object.keys(figures), ENGINES);
    for (const engine of ENGINES) {
      assert.deepEqual(Object.keys(figures[engine]), FIGURE_NAMES, engine);
      for (const name of FIGURE_NAMES) assert.ok(Number.isInteger(figures[engine][name]) && figures[engine][name] >= 0, `${engine} ${name}`);
    }
  });

  it('records 0 for every count that must be zero', () => {
    for (const engine of ENGINES) for (const name of MUST_BE_ZERO) assert.equal(figures[engine][name], 0, `${engine}: ${name}`);
  });

  it('records the same amount tried in every engine, and enough of it', () => {
    for (const name of Object.keys(TRIED)) {
      const counts = ENGINES.map((engine) => figures[engine][name]);
      assert.equal(new Set(counts).size, 1, `${name} differs between engines: ${counts.join(', ')}`);
      assert.ok(counts[0] >= AT_LEAST[name], `${name}: ${counts[0]} < ${AT_LEAST[name]}`);
    }
  });
});
