/**
 * The layers of src/ (scripts/lib/layers.mjs): the lint rules made from the table refuse an
 * import that runs upward, sideways between the apps, from one element into another, or into
 * the package entries; and src/ as it stands has no such import.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { LAYERS, layerRules } from '../../scripts/lib/layers.mjs';

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...layerRules()],
});

async function problemsOf(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the layers of src/', () => {
  const refused = [
    ['src/helpers/dates.ts', "import { validateBundle } from '../bundle/validate.js';"],
    ['src/bundle/load.ts', "import { LocaleController } from '../controllers/locale-controller.js';"],
    ['src/controllers/theme-controller.ts', "import { NewsWidgetElement } from '../base/news-widget-element.js';"],
    ['src/base/source-line.ts', "import type { ActorCard } from '../elements/actor-card/actor-card.js';"],
    ['src/base/heading.ts', "export { WIDGETS } from '../catalog/catalog.js';"],
    ['src/elements/quote-block/quote-block.ts', "import { actorCardStrings } from '../actor-card/actor-card.strings.js';"],
    ['src/elements/quote-block/quote-block.ts', "import { WIDGETS } from '../../catalog/catalog.js';"],
    ['src/catalog/catalog.ts', "import { readEmbedQuery } from '../embed/embed-query.js';"],
    ['src/cli/render.ts', "import { elementSnippet } from '../builder/snippets.js';"],
    ['src/embed/embed.ts', "import '../all.js';"],
  ];
  for (const [file, code] of refused) {
    it(`refuses, in ${file}: ${code}`, async () => {
      const problems = await problemsOf(file, code);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], /^no-restricted-imports: .*(may not import|another element)/);
    });
  }

  const allowed = [
    ['src/bundle/validate.ts', "import { nearMisses } from '../helpers/near-miss.js';"],
    ['src/base/news-widget-element.ts', "import { BundleController } from '../controllers/bundle-controller.js';"],
    ['src/elements/quote-block/quote-block.ts', "import { isolated } from '../../base/isolated.js';\nimport { quoteMarks } from './quote-marks.js';"],
    ['src/catalog/catalog.ts', "import { actorCardDescriptor } from '../elements/actor-card/actor-card.descriptor.js';"],
    ['src/cli/render.ts', "import '../catalog/define-all.js';"],
    ['src/react/actor-card.ts', "import { ActorCard } from '../elements/actor-card/actor-card.define.js';"],
  ];
  for (const [file, code] of allowed) {
    it(`allows, in ${file}: ${code.split('\n')[0]}`, async () => {
      assert.deepEqual(await problemsOf(file, code), []);
    });
  }

  it('names every folder of src/ in the table', async () => {
    const { readdirSync } = await import('node:fs');
    const folders = readdirSync('src', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    assert.deepEqual(folders.sort(), LAYERS.map((layer) => layer.folder).sort());
  });

  it('holds for src/ as it stands', async () => {
    const results = await eslint.lintFiles(['src/**/*.ts']);
    // Only the layer rule is loaded here: other rules' disable comments are not problems.
    const problems = results.flatMap((result) =>
      result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => `${result.filePath}:${message.line} ${message.message}`),
    );
    assert.ok(results.length > 40, `only ${results.length} files linted`);
    assert.deepEqual(problems, []);
  });
});
