import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openDashboard, PHONE, screenshots } from '../support/browser.mjs';
import { BASE_URL, call, registerUser } from '../support/service.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PRICE = '[data-page="market"] :is([data-stat="eth"], [data-state="no-price"])';

/** Makes the page see this market answer: states (never any data, stale figures) the running demo doesn't show on demand. */
function marketAnswer(data) {
  return (page) => page.route('**/api/v1/market', (route) => route.fulfill({ json: { code: 200, message: 'ok', data } }));
}

async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test('the market page shows the price and its age with labelled market info, and no internal address', async () => {
  const user = await registerUser('market');
  const { body } = await call('GET', '/api/v1/market');
  const market = body.data;
  const page = await openDashboard(browser, { user, path: '/#/market' });
  await page.waitForSelector(PRICE);
  if (market.price) assert.ok((await page.locator('[data-stat="age"] strong').textContent()).length > 0);
  assert.equal(await page.locator('[data-state="stale"]').count(), market.stale && market.price ? 1 : 0);
  const text = await page.locator('main').innerText();
  if (market.price?.source) assert.ok(!text.includes(market.price.source), 'the scraped page address is not shown');
  assert.doesNotMatch(text, /https?:\/\//);
  for (const key of Object.keys(market.info ?? {})) {
    const label = await page.locator(`dt[data-key="${key}"]`).textContent();
    assert.notEqual(label, key, `${key} has a human label`);
  }
  if ('wkb_price' in (market.info ?? {})) assert.equal(await page.locator('dt[data-key="wkb_price"]').textContent(), '玩客币价格');
  await screenshots(page, 'market');
  assert.deepEqual(page.errors, []);
});

test('the market page labels the market info in English too', async () => {
  const { body } = await call('GET', '/api/v1/market');
  const page = await openDashboard(browser, { language: 'en', path: '/#/market' });
  await page.waitForSelector(PRICE);
  if ('wkb_price' in (body.data.info ?? {})) {
    await page.waitForSelector('dt[data-key="wkb_price"]');
    assert.equal(await page.locator('dt[data-key="wkb_price"]').textContent(), 'Coin price');
    assert.equal(await page.locator('dt[data-key="online_device"]').textContent(), 'Devices online');
  }
  assert.deepEqual(page.errors, []);
});

test('the market page fits a 390 px wide phone without scrolling sideways, in both languages', async () => {
  for (const language of ['zh', 'en']) {
    const page = await openDashboard(browser, { language, path: '/#/market', viewport: PHONE });
    await page.waitForSelector(PRICE);
    await page.waitForSelector('[data-page="market"] .facts');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 390, `${language}: the page is ${scrollWidth} px wide`);
    assert.equal(await horizontalOverflow(page), 0);
    assert.deepEqual(page.errors, []);
  }
});

test('with no market data ever, the page says there is no price yet and does not speak of last good data', async () => {
  const page = await openDashboard(browser, {
    path: '/#/market', beforeLoad: marketAnswer({ price: null, info: {}, stale: true }),
  });
  await page.waitForSelector('[data-state="no-price"]');
  assert.equal(await page.locator('[data-state="stale"]').count(), 0);
  assert.equal((await page.locator('[data-state="no-price"]').textContent()).trim(), '暂无价格数据。');
  assert.deepEqual(page.errors, []);
});

test('when refreshing fails after a good price, the last good figures are shown with a warning', async () => {
  const page = await openDashboard(browser, {
    language: 'en',
    path: '/#/market',
    beforeLoad: marketAnswer({
      price: { eth: 0.0123, usdt: 1234.5678, source: 'http://10.0.0.5/internal/price', fetchedAt: Date.now() - 3_600_000 },
      info: { wkb_price: 0.35 },
      stale: true,
    }),
  });
  await page.waitForSelector('[data-state="stale"]');
  assert.match(await page.locator('[data-state="stale"]').textContent(), /last good figures/);
  assert.equal(await page.locator('[data-stat="usdt"] strong').textContent(), '1,234.5678');
  assert.ok(!(await page.locator('main').innerText()).includes('10.0.0.5'));
  assert.deepEqual(page.errors, []);
});

test('the market page is open without signing in, and the dashboard has an icon', async () => {
  const page = await openDashboard(browser, { path: '/#/market' });
  await page.waitForSelector(PRICE);
  assert.equal(await page.locator('[data-nav="fleet"]').count(), 0);
  for (const icon of ['/favicon.ico', '/favicon.svg']) {
    const answer = await page.request.get(BASE_URL + icon);
    assert.equal(answer.status(), 200, icon);
    assert.match(answer.headers()['content-type'], /^image\//);
  }
  assert.deepEqual(page.errors, []);
});
