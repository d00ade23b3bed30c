import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openDashboard, screenshots } from '../support/browser.mjs';
import { adminUser, call, registerUser } from '../support/service.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a non-admin sees no admin pages, and the admin API refuses them', async () => {
  const user = await registerUser('not-admin');
  const page = await openDashboard(browser, { user, path: '/#/fleet' });
  await page.waitForSelector('[data-nav="fleet"]');
  assert.equal(await page.locator('[data-nav="admin"]').count(), 0);

  await page.goto(`${page.url().split('#')[0]}#/admin/blacklist`);
  await page.waitForSelector('[data-page="fleet"]');
  assert.equal(await page.locator('[data-page="admin"]').count(), 0);

  const answer = await call('GET', '/api/v1/admin/risk/blacklist', { token: user.token });
  const adminAnswer = await call('GET', '/api/v1/admin/risk/blacklist', { token: (await adminUser()).token });
  if (adminAnswer.status !== 404) assert.equal(answer.status, 403);
});

test('an admin sees every admin section', async () => {
  const admin = await adminUser();
  const page = await openDashboard(browser, { user: admin, path: '/#/fleet' });
  await page.click('[data-nav="admin"]');
  for (const tab of ['risk', 'blacklist', 'pages', 'releases']) {
    await page.click(`.tabs [data-tab="${tab}"]`);
    await page.waitForSelector(`[data-page="admin"] [data-tab="${tab}"].stack`);
    await page.waitForFunction(() => !document.querySelector('[data-page="admin"] .loading'));
    await screenshots(page, `admin-${tab}`);
  }
  assert.deepEqual(page.errors, []);
});

test('the page editor shows invalid JSON inline and the server\'s field errors by their fields', async (t) => {
  const admin = await adminUser();
  const page = await openDashboard(browser, { user: admin, path: '/#/admin/pages', language: 'en' });
  const editor = page.locator('[data-editor="discovery"][data-state="ready"]');
  await editor.locator('textarea').waitFor();
  await editor.locator('textarea').fill('{"header": [');
  await editor.locator('[data-action="save"]').click();
  await editor.locator('.editor-errors .notice-error').waitFor();
  assert.equal(await editor.locator('textarea').getAttribute('aria-invalid'), 'true');

  await editor.locator('textarea').fill(JSON.stringify({ header: [{ title: '' }], items: [], footer: null }));
  await editor.locator('[data-action="save"]').click();
  await editor.locator('.editor-errors li[data-field]').first().waitFor();
});

test('an admin unblocks a device', async (t) => {
  const admin = await adminUser();
  const deviceID = `e2e-device-${Date.now()}`;
  const added = await call('POST', '/api/v1/admin/risk/blacklist', { token: admin.token, body: { deviceID, reason: 'e2e test' } });
  assert.equal(added.status, 201);

  const page = await openDashboard(browser, { user: admin, path: '/#/admin/blacklist' });
  const row = page.locator(`tr[data-device="${deviceID}"]`);
  await row.waitFor();
  await row.locator('[data-action="unblock"]').click();
  await page.locator('dialog[open] [data-confirm]').click();
  await row.waitFor({ state: 'detached' });

  const { body } = await call('GET', '/api/v1/admin/risk/blacklist', { token: admin.token });
  assert.equal(body.data.filter((entry) => entry.deviceID === deviceID).length, 0);
  const heartbeat = await call('POST', '/api/v1/mining/heartbeats', { body: { deviceID } });
  if (heartbeat.status !== 404) assert.notEqual(heartbeat.body?.error, 'BLACKLISTED');
  assert.deepEqual(page.errors, []);
});
