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
 * A fresh context (own localStorage) on the dashboard; signed in when `user` is given, in `language`;
 * `beforeLoad(page)` runs before the first navigation (e.g. to stand in for an answer the service can't be made to give).
 * `page.errors` collects uncaught page errors, Content-Security-Policy violations and dashboard files (not API
 * answers) that came back 404, so tests asserting it empty fail on a broken module, a blocked script or style, or
 * a missing icon.
 */
export async function openDashboard(browser, { user, language = 'zh', path = '/', viewport = DESKTOP, beforeLoad } = {}) {
  const context = await browser.newContext({ viewport, baseURL: BASE_URL });
  await context.addInitScript(({ token, lang }) => {
    if (!sessionStorage.getItem('e2e-seeded')) {
      sessionStorage.setItem('e2e-seeded', '1');
      localStorage.setItem('jkcm.lang', lang);
      if (token) localStorage.setItem('jkcm.token', token);
    }
  }, { token: user?.token ?? null, lang: language });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && (text.startsWith('CSP violation') || text.includes('Content Security Policy'))) {
      page.errors.push(new Error(text));
    }
  });
  page.on('response', (response) => {
    if (response.status() === 404 && !new URL(response.url()).pathname.startsWith('/api/')) {
      page.errors.push(new Error(`404 for ${response.url()}`));
    }
  });
  if (beforeLoad) await beforeLoad(page);
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
