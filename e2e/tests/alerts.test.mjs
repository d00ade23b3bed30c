import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openDashboard, screenshots } from '../support/browser.mjs';
import { call, registerUser } from '../support/service.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('change the notification settings', async () => {
  const user = await registerUser('alerts');
  const page = await openDashboard(browser, { user, path: '/#/alerts', language: 'en' });
  const form = page.locator('[data-form="notifications"]');
  await form.waitFor();
  // The history either lists alerts or says the feature is not in this build; either way the page stands.
  await page.waitForSelector('section[aria-labelledby="alerts-title"] :is(table, p.muted, [data-state="not-available"])');
  await screenshots(page, 'alerts');

  await form.getByLabel('Alert address').fill('alerts@example.org');
  await form.getByLabel('Recovered').uncheck();
  await form.getByLabel('Hold mails during quiet hours').check();
  await form.getByLabel('From').fill('22:30');
  await form.getByLabel('To').fill('06:45');
  await form.getByLabel('Daily income report').check();
  await form.getByRole('button', { name: 'Save' }).click();
  await form.locator('.form-message.ok').waitFor();

  const { body } = await call('GET', '/api/v1/me', { token: user.token });
  const notifications = body.data.notifications;
  assert.equal(notifications.email, 'alerts@example.org');
  assert.equal(notifications.enabled, true);
  assert.deepEqual([...notifications.events].sort(), ['AUTH_FAILED', 'EXCEPTION', 'OFFLINE']);
  assert.equal(notifications.quietHours.start, '22:30');
  assert.equal(notifications.quietHours.end, '06:45');
  assert.equal(notifications.dailyReport, true);

  await form.getByLabel('Hold mails during quiet hours').uncheck();
  await form.getByLabel('E-mail me alerts').uncheck();
  await form.getByRole('button', { name: 'Save' }).click();
  await form.locator('.form-message.ok').waitFor();
  const changed = (await call('GET', '/api/v1/me', { token: user.token })).body.data.notifications;
  assert.equal(changed.enabled, false);
  assert.equal(changed.quietHours ?? null, null);
  assert.deepEqual(page.errors, []);
});

test('an invalid alert address is reported next to its field', async () => {
  const user = await registerUser('alerts-invalid');
  const page = await openDashboard(browser, { user, path: '/#/alerts' });
  const form = page.locator('[data-form="notifications"]');
  await form.getByLabel('接收邮箱').fill('not-an-address');
  await form.getByRole('button', { name: '保存' }).click();
  await form.locator('[name="notifications.email"][aria-invalid="true"]').waitFor();
  const errorId = await form.locator('[name="notifications.email"]').getAttribute('aria-describedby');
  assert.ok((await page.locator(`#${errorId}`).textContent()).length > 0);
});
