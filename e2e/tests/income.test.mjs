import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openDashboard, screenshots } from '../support/browser.mjs';
import { SIM, bindSimulatedAccount, registerUser } from '../support/service.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the income page shows the six figures and renders the chart for 7, 30 and 90 days', async () => {
  const user = await registerUser('income');
  await bindSimulatedAccount(user, SIM.income, 'Income demo'); // figures are zero without the simulator; the chart still renders
  const page = await openDashboard(browser, { user, path: '/#/income' });
  for (const figure of ['yesterdayTotal', 'yesterdayAverage', 'monthIncome', 'totalIncome', 'totalWithdrawn', 'withdrawable']) {
    await page.waitForSelector(`[data-stat="${figure}"] strong`);
  }
  await page.waitForSelector('.chart .uplot canvas');
  assert.equal(await page.locator('details.card tbody tr').count(), 7);
  await screenshots(page, 'income');

  for (const days of [30, 90]) {
    await page.click(`button[data-days="${days}"]`);
    await page.waitForFunction((n) => document.querySelectorAll('details.card tbody tr').length === n, days);
    assert.equal(await page.locator(`button[data-days="${days}"]`).getAttribute('aria-pressed'), 'true');
    await page.waitForSelector('.chart .uplot canvas');
  }
  const canvasBox = await page.locator('.chart .uplot canvas').first().boundingBox();
  assert.ok(canvasBox.width > 200 && canvasBox.height > 100, 'the chart has a visible size');
  assert.deepEqual(page.errors, []);
});
