import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openDashboard, screenshots } from '../support/browser.mjs';
import { SIM, bindSimulatedAccount, call, eventually, registerUser } from '../support/service.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the withdraw page loads for a user without accounts', async () => {
  const user = await registerUser('withdraw-empty');
  const page = await openDashboard(browser, { user, path: '/#/withdraw' });
  await page.waitForSelector('[data-action="withdraw-all"][disabled]');
  assert.deepEqual(page.errors, []);
});

test('withdraw all: confirmation per account, results, and a double click draws once', async (t) => {
  const user = await registerUser('withdraw');
  const account = await bindSimulatedAccount(user, SIM.withdraw, 'Withdraw demo');
  await eventually(async () => (await call('GET', '/api/v1/fleet', { token: user.token })).body.data.devices.length,
    { what: 'devices of the bound account' });

  const page = await openDashboard(browser, { user, path: '/#/withdraw' });
  await page.waitForSelector(`.plan tbody tr[data-account="${account.id}"]`);
  await screenshots(page, 'withdraw');
  await page.click('[data-action="withdraw-all"]');
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor();
  assert.equal(await dialog.locator(`tr[data-account="${account.id}"]`).count(), 1, 'the confirmation lists the account');
  const idempotencyKey = await dialog.locator('[data-idempotency-key]').getAttribute('data-idempotency-key');
  assert.ok(idempotencyKey);

  await dialog.locator('[data-confirm]').dblclick();
  const results = page.locator(`[data-idempotency-key="${idempotencyKey}"][data-withdrawal]`);
  await results.waitFor({ timeout: 30_000 });
  assert.ok(await results.locator('tbody tr[data-result]').count() >= 1);
  await screenshots(page, 'withdraw-results');

  const { body } = await call('GET', '/api/v1/withdrawals', { token: user.token });
  const withThisKey = body.data.filter((withdrawal) => withdrawal.idempotencyKey === idempotencyKey);
  assert.equal(withThisKey.length, 1, 'one withdrawal for the key');
  assert.equal(body.data.length, 1, 'and no other one');
  assert.deepEqual(page.errors, []);
});
