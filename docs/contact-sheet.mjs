// Screenshots of every page template at a phone size (390×844) and a desk size (1280×800), light and dark,
// taken from a served built site. Writes one PNG per shot into OUT (first screen, and a full page).
// Run by docs/contact-sheet.sh, which builds and serves the site and joins the shots into docs/contact-sheet.png.
// Usage: node docs/contact-sheet.mjs BASE_URL OUT [TEMPLATE,TEMPLATE] (only those templates, e.g. search,cards)
import puppeteer from 'puppeteer-core';

const [base, out, only] = process.argv.slice(2);
export const pages = [
  ['home', ''],
  ['section', 'recognising-the-pain/'],
  ['exercise', 'exercises/glute-bridge/'],
  ['exercises', 'exercises/'],
  ['page', 'about/'],
  ['checklist', 'checklist/'],
  ['search', 'search/?q=stretch'],
  ['cards', 'cards/'],
  ['card-sheet', 'cards/a4-2up/'],
  ['card-log', 'cards/log/'],
  ['404', '404.html'],
];
const sizes = [['phone', 390, 844], ['desk', 1280, 800]];
const schemes = ['light', 'dark'];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--hide-scrollbars'],
});
try {
  for (const [name, path] of pages.filter(([name]) => !only || only.split(',').includes(name))) {
    for (const [size, width, height] of sizes) {
      for (const scheme of schemes) {
        const page = await browser.newPage();
        await page.setViewport({ width, height });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(new URL(path, base).href, { waitUntil: 'networkidle0' });
        // The search page lists its results once pagefind has answered.
        await page.waitForFunction(() => !document.querySelector('.search-status') || !location.search
          || /match|not available/.test(document.querySelector('.search-status').textContent));
        const file = `${out}/${name}-${size}-${scheme}`;
        await page.screenshot({ path: `${file}.png` });
        await page.screenshot({ path: `${file}-full.png`, fullPage: true });
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
