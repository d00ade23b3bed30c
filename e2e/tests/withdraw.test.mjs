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
  // one amount everywhere: the income page's withdrawable is what the plan offers (the server's total, not a re-sum)
  const stats = (await call('GET', '/api/v1/stats/income', { token: user.token })).body.data;
  const offered = await page.locator('.plan tfoot [data-total]').getAttribute('data-total');
  assert.equal(Number(offered), stats.withdrawable);
  assert.ok(stats.withdrawable > 0, 'something to draw');
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
  assert.equal(withThisKey[0].total, stats.withdrawable, 'drawn what the income page and the plan said');

  // everything drawn: nothing is offered, and a withdraw-all anyway records no 0-amount row
  await page.waitForSelector('[data-action="withdraw-all"][disabled]');
  const empty = await call('POST', '/api/v1/withdrawals', { token: user.token, body: {}, headers: { 'Idempotency-Key': `e2e-${Date.now()}` } });
  assert.equal(empty.status, 200);
  assert.equal(empty.body.data.total, 0);
  assert.equal((await call('GET', '/api/v1/withdrawals', { token: user.token })).body.data.length, 1, 'no 0-amount row');
  assert.deepEqual(page.errors, []);
});
