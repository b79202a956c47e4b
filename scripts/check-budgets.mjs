#!/usr/bin/env node
/**
 * The performance budgets CI holds the built files to (run after `npm run build`): sizes from
 * dist/, and what a real Chromium sees on the benchmark's article page — one bundle request
 * and one script request however many widgets, and layout shift. Timings are not budgets here
 * (the machine is noisy): `npm run bench` measures and reports them.
 */
import { launchChromium, measurePage, median, reserveHeights } from '../bench/lib/browser.mjs';
import { BUDGETS } from '../bench/lib/report.mjs';
import { startBenchServer } from '../bench/lib/server.mjs';
import { measureSizes } from '../bench/lib/sizes.mjs';

/**
 * dist/news-widgets.js may not grow past this. It is above the 20 KB the library aims for
 * (bench/RESULTS.md says by how much, and what each part costs): the ceiling stops it growing
 * while the aim is not met. It was 28 KB; the claims issue let it rise to 32 KB while the format
 * learned to say who says what. The whole of that format (bounds, counts, partial dates,
 * statements, restricted crossings, events) came to 37.6 KB: about 4 KB of it is the validator
 * and the contract (a rule and a plain-words message for each new check), the rest the elements
 * drawing it; "What the source says" (the provenance issue) adds 2.5 KB more. The ceiling stands
 * at 41 KB as a stop-gap, over what the claims issue allowed, until
 * the loading issue (next) replaces this one-file ceiling with per-page budgets; it is not a new
 * budget to grow into.
 */
const CMS_FILE_CEILING_GZIP = 41 * 1024;

const failures = [];
const check = (ok, line) => {
  console.log(`${ok ? '✓' : '✗'} ${line}`);
  if (!ok) failures.push(line);
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const sizes = await measureSizes();
const cms = sizes['dist/news-widgets.js'].gzip;
check(cms <= CMS_FILE_CEILING_GZIP, `dist/news-widgets.js: ${kb(cms)} gzip, ceiling ${kb(CMS_FILE_CEILING_GZIP)}`);
console.log(
  `  (aim ${kb(BUDGETS.cmsFileGzip)}: ${cms <= BUDGETS.cmsFileGzip ? 'met' : `not met, ${kb(cms - BUDGETS.cmsFileGzip)} over; see bench/RESULTS.md`})`,
);
for (const [tag, figures] of Object.entries(sizes.perElement)) {
  check(
    figures.beyondCoreGzip <= BUDGETS.elementBeyondCoreGzip,
    `news-widgets/${tag}.js adds ${kb(figures.beyondCoreGzip)} gzip beyond Lit and the shared core, budget ${kb(BUDGETS.elementBeyondCoreGzip)}`,
  );
}

const server = await startBenchServer();
const browser = await launchChromium();
try {
  for (const count of [1, 40, 400]) {
    const page = await measurePage(browser, `${server.origin}/bench/page?n=${count}&mode=widgets`);
    check(
      page.bundleRequests === 1 && page.scriptRequests === 1,
      `${count} widget(s) on one bundle URL: ${page.bundleRequests} bundle request(s), ${page.scriptRequests} script request(s), budget 1 and 1`,
    );
  }
  await reserveHeights(browser, server);
  const shifts = [];
  for (let run = 0; run < 3; run++) {
    shifts.push((await measurePage(browser, `${server.origin}/bench/page?n=40&mode=widgets&delay=500`)).cls);
  }
  const cls = median(shifts);
  check(cls <= BUDGETS.cls, `layout shift, 40 widgets, bundle 500 ms late, heights reserved as the builder writes them: CLS ${cls.toFixed(4)}, budget ${BUDGETS.cls}`);
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  console.error(`\n${failures.length} budget(s) exceeded.`);
  process.exit(1);
}
console.log('\nAll budgets held.');
