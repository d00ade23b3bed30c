import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { launch, openDashboard, screenshots } from '../support/browser.mjs';
import { call, registerUser } from '../support/service.mjs';

// A webhook receiver on a free loopback port (the dev profile allows private webhook targets).
let browser;
let receiver;
const received = [];
let answerStatus = 204;
before(async () => {
  browser = await launch();
  receiver = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path: request.url, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(answerStatus, { 'Content-Type': 'text/plain' });
      response.end(answerStatus === 204 ? undefined : 'receiver is down for maintenance');
    });
  });
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

test('the notifications page lists nothing at first and offers every provider', async () => {
  const user = await registerUser('notify-empty');
  const page = await openDashboard(browser, { user, path: '/#/notifications', language: 'en' });
  await page.waitForSelector('[data-page="notifications"] .empty-state');
  const providers = await page.locator('[data-form="add-channel"] select[name="provider"] option').allTextContents();
  assert.equal(providers.length, 9);
  assert.ok(providers.includes('DingTalk group robot'));
  assert.equal(await page.locator('nav [data-nav="notifications"]').count(), 1);
  await page.locator('[data-delivery-log] [data-empty-log]').waitFor();
  assert.equal(await page.locator('#delivery-log-title').textContent(), 'Delivery log');
  assert.deepEqual(page.errors, []);
});

test('add a ServerChan channel: its key is masked, and a malformed one is refused', async () => {
  const user = await registerUser('notify-schan');
  const page = await openDashboard(browser, { user, path: '/#/notifications', language: 'en' });
  const form = page.locator('[data-form="add-channel"]');
  await form.getByLabel('Name').fill('Phone');
  await form.locator('select[name="provider"]').selectOption('tgram');
  await form.getByLabel('Bot token').fill('not-a-bot-token');
  await form.getByLabel('Chat ID').fill('42');
  await form.getByRole('button', { name: 'Add channel' }).click();
  await form.locator('.form-message:not(.ok)').waitFor();
  assert.match(await form.locator('.form-message').textContent(), /tgram:\/\/BOT_TOKEN\/CHAT_ID/);

  await form.locator('select[name="provider"]').selectOption('schan');
  await form.getByLabel('SendKey').fill('SCT1234567890abcdefghijklmn');
  await form.getByRole('button', { name: 'Add channel' }).click();
  const card = page.locator('article.channel');
  await card.waitFor();
  assert.equal(await card.locator('[data-target]').textContent(), 'schan://SCT1****');
  assert.equal(await page.locator('[data-webhook-secret]').count(), 0, 'only webhooks have a signing secret');
  assert.ok(!(await page.content()).includes('567890abcdefghijklmn'), 'the page never shows the key');
  assert.deepEqual(page.errors, []);
});

test('add a webhook, test it, see a failure, disable and delete it', async () => {
  const user = await registerUser('notify-hook');
  const page = await openDashboard(browser, { user, path: '/#/notifications', language: 'en' });
  const form = page.locator('[data-form="add-channel"]');
  await form.getByLabel('Name').fill('My receiver');
  await form.locator('select[name="provider"]').selectOption('webhook');
  await form.getByLabel('Webhook URL').fill(`http://127.0.0.1:${receiver.address().port}/hooks/e2e`);
  for (const event of ['PRICE', 'REPORT']) await form.locator(`[data-event="${event}"]`).uncheck();
  await form.getByRole('button', { name: 'Add channel' }).click();
  const secret = (await page.locator('[data-webhook-secret]').textContent()).trim();
  assert.match(secret, /^[0-9a-f]{64}$/);
  const card = page.locator('article.channel');
  await card.waitFor();
  assert.equal(await card.locator('[data-target]').textContent(), `json://127.0.0.1:${receiver.address().port}/****`);
  assert.doesNotMatch(await card.textContent(), /Price alerts|Reports/);

  await card.locator('[data-action="test"]').click();
  await card.locator('[data-test-result] .notice-ok').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-last-delivery]')?.textContent.includes('Sent'));
  const delivery = received.find((request) => request.path === '/hooks/e2e');
  assert.ok(delivery, 'the receiver got the test');
  assert.equal(delivery.headers['x-jk-event'], 'TEST');
  assert.equal(delivery.headers['x-jk-signature'], `sha256=${createHmac('sha256', secret).update(delivery.body).digest('hex')}`);
  assert.equal(JSON.parse(delivery.body).subject, 'JK Cloud Monitor test notification');
  await screenshots(page, 'notifications');

  answerStatus = 503;
  try {
    await card.locator('[data-action="test"]').click();
    await card.locator('[data-test-result] .notice-error').waitFor();
    assert.match(await card.locator('[data-test-result]').textContent(), /HTTP 503: receiver is down for maintenance/);
    await page.waitForFunction(() => document.querySelector('[data-last-delivery]')?.textContent.includes('Failed'));
  } finally {
    answerStatus = 204;
  }

  await card.locator('[data-action="toggle"]').click();
  await page.waitForFunction(() => document.querySelector('article.channel')?.textContent.includes('Disabled'));
  const { body } = await call('GET', '/api/v1/notification-channels', { token: user.token });
  assert.equal(body.data[0].enabled, false);
  assert.ok(!JSON.stringify(body).includes(secret), 'the list never holds the secret');

  await page.locator('article.channel [data-action="delete"]').click();
  await page.locator('dialog[open] [data-confirm]').click();
  await page.waitForSelector('[data-page="notifications"] .empty-state');
  assert.deepEqual((await call('GET', '/api/v1/notification-channels', { token: user.token })).body.data, []);
  assert.deepEqual(page.errors, []);
});
