import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openDashboard, screenshots } from '../support/browser.mjs';
import { call, registerUser } from '../support/service.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the withdraw page saves an automatic withdrawal rule and shows its next run', async () => {
  const user = await registerUser('auto-withdraw');
  const page = await openDashboard(browser, { user, path: '/#/withdraw' });
  const form = page.locator('[data-form="auto-withdraw"]');
  await form.waitFor();
  assert.equal(await page.locator('[data-last-run="none"]').count(), 1);
  await form.locator('[name="enabled"]').check();
  await form.locator('[name="schedule"]').selectOption('WEEKLY');
  await form.locator('[name="dayOfWeek"]').selectOption('5');
  await form.locator('[name="hour"]').fill('8');
  await form.locator('[name="minAmount"]').fill('1.5');
  await form.locator('button[type=submit]').click();
  await page.waitForSelector('[data-card="auto-withdraw"] [data-next-run]:not([data-next-run=""])');

  const rule = (await call('GET', '/api/v1/withdrawals/auto', { token: user.token })).body.data;
  assert.equal(rule.enabled, true);
  assert.equal(rule.schedule, 'WEEKLY');
  assert.equal(rule.dayOfWeek, 5);
  assert.equal(rule.hour, 8);
  assert.equal(rule.minAmount, 1.5);
  assert.equal(await page.locator('[data-card="auto-withdraw"] [data-next-run]').getAttribute('data-next-run'), String(rule.nextRunAt));

  // a bad hour is refused next to its field
  await form.locator('[name="hour"]').fill('24');
  await page.locator('[data-form="auto-withdraw"] button[type=submit]').click();
  await page.waitForSelector('[data-form="auto-withdraw"] [name="hour"][aria-invalid="true"]');
  await screenshots(page, 'auto-withdraw');
  assert.deepEqual(page.errors, []);
});

test('the market page draws the price history and adds and deletes a price alert', async () => {
  const user = await registerUser('price-alerts');
  const now = Date.now();
  const points = Array.from({ length: 30 }, (unused, day) => ({ at: now - (30 - day) * 86_400_000, eth: 0.01, usdt: 1 + day / 10 }));
  const page = await openDashboard(browser, {
    user, path: '/#/market',
    beforeLoad: (opened) => opened.route('**/api/v1/market/history?days=30',
      (route) => route.fulfill({ json: { code: 200, message: 'ok', data: { points } } })),
  });
  await page.waitForSelector('[data-card="price-history"] [data-points="30"] canvas');

  const form = page.locator('[data-form="price-alert"]');
  await form.waitFor();
  await form.locator('[name="above"]').fill('5');
  await form.locator('button[type=submit]').click();
  await page.waitForSelector('.price-alerts tbody tr[data-alert]');
  const alerts = (await call('GET', '/api/v1/price-alerts', { token: user.token })).body.data;
  assert.equal(alerts.length, 1);
  assert.equal(alerts[0].above, 5);

  // "below" over "above" is refused next to its field (the form is a fresh one after the add)
  await page.locator('[data-form="price-alert"] [name="above"]').fill('5');
  await page.locator('[data-form="price-alert"] [name="below"]').fill('9');
  await page.locator('[data-form="price-alert"] button[type=submit]').click();
  await page.waitForSelector('[data-form="price-alert"] [name="below"][aria-invalid="true"]');

  await page.locator('[data-action="delete-alert"]').click();
  await page.waitForSelector('[data-alerts="none"]');
  assert.equal((await call('GET', '/api/v1/price-alerts', { token: user.token })).body.data.length, 0);
  await screenshots(page, 'price-alerts');
  assert.deepEqual(page.errors, []);
});
