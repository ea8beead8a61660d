// Audits several pages with Lighthouse's Node API in one Chromium, for LighthouseTests (issue 13: CI time; one
// `lighthouse` CLI process and one Chromium per page took most of that class's time). Usage:
//   CHROME_PATH=... node lighthouse-pages.mjs CATEGORIES LEAST_PERFORMANCE RUNS CHROME_FLAGS URL...
// CATEGORIES: comma-separated category ids; CHROME_FLAGS: space-separated. Each URL is audited as `lighthouse URL
// --only-categories=CATEGORIES --chrome-flags=CHROME_FLAGS` does, and again while its performance score is under
// LEAST_PERFORMANCE, up to RUNS runs. Prints one JSON line per run: { url, run, nice, categories, audits }, with the
// niceness Chromium ran at (LighthouseTests run the audits at a raised priority where they can), each category's score
// and weighted audit ids and each audit's id, score and displayValue. Exit 1 on any error.
import os from 'node:os';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const [categories, least, runs, flags, ...urls] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({ chromeFlags: flags.split(' ').filter(f => f), logLevel: 'silent' });
try {
  for (const url of urls) {
    for (let run = 1; run <= Number(runs); run++) {
      const result = await lighthouse(url, {
        port: chrome.port, output: 'json', logLevel: 'silent', onlyCategories: categories.split(','),
        // Nothing scored needs these (issue 13: CI time; 2.4-3.5 s and 1.3-1.6 s of a 19-25 s run under load): the
        // full-page screenshot is for the HTML report's element pictures, and `bf-cache` (weight 0 in performance)
        // navigates away and back once more after the trace.
        disableFullPageScreenshot: true,
        skipAudits: ['bf-cache'],
      });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) {
        throw new Error(`${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
      }
      console.log(JSON.stringify({
        url,
        run,
        nice: os.getPriority(chrome.pid),
        categories: Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, {
          score: c.score,
          auditRefs: c.auditRefs.map(r => ({ id: r.id, weight: r.weight })),
        }])),
        audits: Object.fromEntries(Object.entries(lhr.audits).map(([id, a]) => [id, {
          id, score: a.score, displayValue: a.displayValue,
        }])),
      }));
      if (lhr.categories.performance.score >= Number(least)) {
        break;
      }
    }
  }
} finally {
  await chrome.kill();
}
