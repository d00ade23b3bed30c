import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openDashboard, screenshots } from '../support/browser.mjs';
import { call, registerUser } from '../support/service.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the market page shows the price and its age, or that there is none, and warns when stale', async () => {
  const user = await registerUser('market');
  const { body } = await call('GET', '/api/v1/market');
  const market = body.data;
  const page = await openDashboard(browser, { user, path: '/#/market' });
  await page.waitForSelector(market.price ? '[data-stat="eth"]' : '[data-state="no-price"]');
  if (market.price) assert.ok((await page.locator('[data-stat="age"] strong').textContent()).length > 0);
  assert.equal(await page.locator('[data-state="stale"]').count(), market.stale ? 1 : 0);
  await screenshots(page, 'market');
  assert.deepEqual(page.errors, []);
});

test('the market page is open without signing in', async () => {
  const page = await openDashboard(browser, { path: '/#/market' });
  await page.waitForSelector('[data-page="market"] :is([data-stat="eth"], [data-state="no-price"])');
  assert.equal(await page.locator('[data-nav="fleet"]').count(), 0);
});
