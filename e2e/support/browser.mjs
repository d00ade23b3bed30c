// Debian's Chromium driven by playwright-core (no browser download), and page screenshots at two widths.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BASE_URL } from './service.mjs';

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * A fresh context (own localStorage) on the dashboard; signed in when `user` is given, in `language`.
 * Fails the test on any uncaught page error, so a broken module shows up as a failure.
 */
export async function openDashboard(browser, { user, language = 'zh', path = '/', viewport = DESKTOP } = {}) {
  const context = await browser.newContext({ viewport, baseURL: BASE_URL });
  await context.addInitScript(({ token, lang }) => {
    if (!sessionStorage.getItem('e2e-seeded')) {
      sessionStorage.setItem('e2e-seeded', '1');
      localStorage.setItem('jkcm.lang', lang);
      if (token) localStorage.setItem('jkcm.token', token);
    }
  }, { token: user?.token ?? null, lang: language });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error));
  await page.goto(BASE_URL + path);
  return page;
}

/** Saves `<name>-desktop.png` and `<name>-phone.png` of the whole page. */
export async function screenshots(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const [label, size] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(250);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}
