import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openDashboard, screenshots } from '../support/browser.mjs';
import { call, registerUser } from '../support/service.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('silence every box for a while, then end the silence early', async () => {
  const user = await registerUser('silences');
  const page = await openDashboard(browser, { user, path: '/#/alerts', language: 'en' });
  const form = page.locator('[data-form="silence"]');
  await form.waitFor();
  await form.getByLabel('For').selectOption('4');
  await form.getByLabel('Reason').fill('moving the rack');
  await form.getByRole('button', { name: 'Silence' }).click();
  const row = page.locator('[data-part="silences"] tr[data-silence]');
  await row.waitFor();
  assert.match(await row.textContent(), /All boxes.*moving the rack/);
  await screenshots(page, 'silences');

  const { body } = await call('GET', '/api/v1/silences', { token: user.token });
  assert.equal(body.data.length, 1);
  assert.equal(body.data[0].reason, 'moving the rack');
  const hours = (body.data[0].until - body.data[0].from) / 3_600_000;
  assert.ok(hours > 3.9 && hours <= 4.01, `silenced for ${hours} h`);

  await row.getByRole('button', { name: 'End now' }).click();
  await page.locator('[data-part="silences"] p.muted').waitFor();
  assert.equal((await call('GET', '/api/v1/silences', { token: user.token })).body.data.length, 0);
  assert.deepEqual(page.errors, []);
});

test('an unknown device SN is refused and said so', async () => {
  const user = await registerUser('silences-unknown');
  const page = await openDashboard(browser, { user, path: '/#/alerts', language: 'en' });
  const form = page.locator('[data-form="silence"]');
  await form.getByLabel('Device SN').fill('NO-SUCH-BOX');
  await form.getByRole('button', { name: 'Silence' }).click();
  await form.locator('.form-message:not([hidden])').waitFor();
  assert.equal((await call('GET', '/api/v1/silences', { token: user.token })).body.data.length, 0);
});

test('reminders while a box stays down are set on the alerts page', async () => {
  const user = await registerUser('reminders');
  const page = await openDashboard(browser, { user, path: '/#/alerts', language: 'en' });
  const form = page.locator('[data-form="notifications"]');
  await form.waitFor();
  await form.getByLabel('Remind me while a box stays down').selectOption('60');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.locator('.form-message.ok').waitFor();
  assert.equal((await call('GET', '/api/v1/me', { token: user.token })).body.data.notifications.repeatEveryMinutes, 60);
  await form.getByLabel('Remind me while a box stays down').selectOption('');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.locator('.form-message.ok').waitFor();
  assert.equal((await call('GET', '/api/v1/me', { token: user.token })).body.data.notifications.repeatEveryMinutes ?? null, null);
});
