// The dashboard's first fleet render in headless Chromium: from navigation start to the first page of rows, for a
// user whose fleet the service already holds (bench/fleet-pages.sh RENDER=1 seeds 20 000 devices and runs this).
// BASE (http://127.0.0.1:8080), TOKEN (a signed-in user's JWT), RUNS (5). Uses e2e's playwright-core and Debian's Chromium.
import { createRequire } from 'node:module';

const { chromium } = createRequire(new URL('../e2e/package.json', import.meta.url))('playwright-core');
const BASE = process.env.BASE ?? 'http://127.0.0.1:8080';
const TOKEN = process.env.TOKEN;
const RUNS = Number(process.env.RUNS ?? 5);
if (!TOKEN) throw new Error('TOKEN (a signed-in JWT) is required');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu'] });
const firstRender = [];
const nextPage = [];
let rows = 0;
let total = '';
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript((token) => { localStorage.setItem('jkcm.token', token); localStorage.setItem('jkcm.lang', 'en'); }, TOKEN);
    const page = await context.newPage();
    await page.goto(`${BASE}/#/fleet`);
    await page.waitForSelector('tbody tr[data-sn]', { timeout: 60_000 });
    firstRender.push(await page.evaluate(() => performance.now()));
    rows = await page.locator('tbody tr').count();
    total = await page.locator('[data-stat="total"] strong').textContent();
    const before = await page.evaluate(() => performance.now());
    await page.click('button[data-page="next"]');
    await page.waitForFunction(() => /\b2\b/.test(document.querySelector('[data-page-info]')?.textContent ?? ''));
    nextPage.push(await page.evaluate(() => performance.now()) - before);
    await context.close();
  }
} finally {
  await browser.close();
}
const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms`;
};
console.log(`fleet of ${total} devices, ${rows} rows in the DOM`);
console.log(`first render (navigation start -> first page of rows), ${RUNS} runs: ${summary(firstRender)}`);
console.log(`next page (click -> rows of page 2): ${summary(nextPage)}`);
