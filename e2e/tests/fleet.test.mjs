import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openDashboard, screenshots } from '../support/browser.mjs';
import { SIM, bindSimulatedAccount, call, eventually, registerUser } from '../support/service.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the fleet page loads for a user without accounts', async () => {
  const user = await registerUser('empty-fleet');
  const page = await openDashboard(browser, { user, path: '/#/fleet' });
  await page.waitForSelector('[data-page="fleet"] [data-stat="online"]');
  await page.waitForSelector('[data-page="fleet"] .empty-state');
  assert.deepEqual(page.errors, []);
});

test('the fleet shows a device offline, sorts and filters', async (t) => {
  const user = await registerUser('fleet');
  const account = await bindSimulatedAccount(user, SIM.fleet, 'Fleet demo');
  const fleet = await eventually(async () => {
    const { body } = await call('GET', '/api/v1/fleet', { token: user.token });
    return body.data.devices.length ? body.data : null;
  }, { what: 'devices of the bound account' });

  const page = await openDashboard(browser, { user, path: '/#/fleet' });
  await page.waitForSelector('tr[data-status]');
  assert.equal(await page.locator('tbody tr').count(), fleet.devices.length);
  assert.equal(await page.locator('[data-stat="offline"] strong').textContent(), String(fleet.offline));
  assert.ok(fleet.offline >= 1, 'the simulated account has a box offline');
  assert.ok(await page.locator('tr[data-status="offline"]').count() >= 1);
  await screenshots(page, 'fleet');

  await page.locator('#fleet-filter-status').selectOption('offline');
  const statuses = await page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.status));
  assert.ok(statuses.length >= 1 && statuses.every((status) => status === 'offline'));

  await page.locator('#fleet-filter-status').selectOption('');
  // the store sorts: each click re-fetches the page, and the header says the order once the rows are in
  await page.click('button[data-sort="deviceSn"]');
  await page.waitForSelector('th[aria-sort="ascending"]:has(button[data-sort="deviceSn"])');
  const ascending = await page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.sn));
  assert.deepEqual(ascending, [...ascending].sort((a, b) => a.localeCompare(b)));
  await page.click('button[data-sort="deviceSn"]');
  await page.waitForSelector('th[aria-sort="descending"]:has(button[data-sort="deviceSn"])');
  const descending = await page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.sn));
  assert.deepEqual(descending, [...ascending].reverse());
  assert.deepEqual(page.errors, []);
});
