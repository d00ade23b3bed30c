import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openDashboard, screenshots } from '../support/browser.mjs';
import { SIM, call, registerUser, simulatedAccount } from '../support/service.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the accounts page loads with its bind form', async () => {
  const user = await registerUser('accounts-empty');
  const page = await openDashboard(browser, { user, path: '/#/accounts' });
  await page.waitForSelector('[data-form="bind"]');
  await page.waitForSelector('[data-page="accounts"] .empty-state');
  assert.deepEqual(page.errors, []);
});

test('bind, rename and unbind an account', async (t) => {
  const user = await registerUser('accounts');
  const page = await openDashboard(browser, { user, path: '/#/accounts', language: 'en' });
  const bindForm = page.locator('[data-form="bind"]');
  await bindForm.getByLabel('OneThing mobile or e-mail').fill(simulatedAccount(SIM.accounts).username);
  await bindForm.getByLabel('OneThing password').fill(simulatedAccount(SIM.accounts).password);
  await bindForm.getByLabel('Name (optional)').fill('Living room');
  await bindForm.getByRole('button', { name: 'Bind' }).click();
  await bindForm.locator('.form-message').waitFor();
  if (!(await bindForm.locator('.form-message.ok').count())) {
    const reason = await bindForm.locator('.form-message').textContent();
    assert.fail(`binding failed: ${reason}`);
  }
  const card = page.locator('article.account');
  await card.waitFor();
  assert.match(await card.locator('h2').textContent(), /Living room/);
  await screenshots(page, 'accounts');

  await card.locator('summary', { hasText: 'Rename' }).click();
  await card.locator('[data-form="name"]').getByLabel('New name').fill('Bedroom');
  await card.locator('[data-form="name"]').getByRole('button', { name: 'Rename' }).click();
  await page.waitForFunction(() => document.querySelector('article.account h2')?.textContent.includes('Bedroom'));

  await page.locator('article.account [data-action="unbind"]').click();
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await page.locator('article.account').count(), 1, 'cancel keeps the account');

  await page.locator('article.account [data-action="unbind"]').click();
  await page.locator('dialog[open] [data-confirm]').click();
  await page.waitForSelector('[data-page="accounts"] .empty-state');
  const { body } = await call('GET', '/api/v1/accounts', { token: user.token });
  assert.deepEqual(body.data, []);
  assert.deepEqual(page.errors, []);
});

test('a wrong OneThing password shows the upstream error', async (t) => {
  const user = await registerUser('accounts-wrong');
  const page = await openDashboard(browser, { user, path: '/#/accounts' });
  const bindForm = page.locator('[data-form="bind"]');
  await bindForm.getByLabel('网心云手机号或邮箱').fill(simulatedAccount(SIM.accounts).username);
  await bindForm.getByLabel('网心云密码').fill('definitely-not-the-password');
  await bindForm.getByRole('button', { name: '绑定' }).click();
  await bindForm.locator('.form-message').waitFor();
  const { status } = await call('GET', '/api/v1/accounts', { token: user.token });
  assert.equal(status, 200);
  assert.equal(await bindForm.locator('.form-message.ok').count(), 0, 'a wrong OneThing password is refused');
  assert.ok((await bindForm.locator('.form-message').textContent()).length > 0);
});
