import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { launch, openDashboard, screenshots } from '../support/browser.mjs';
import { PASSWORD, call, registerUser, simulatedAccount } from '../support/service.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** What an authenticator app shows for a Base32 secret, `stepOffset` 30-second steps from now. */
function totp(secret, stepOffset = 0) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + stepOffset));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0xf;
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

test('a user turns on two-factor sign-in with the QR code, keeps the recovery codes, and then signs in with a code', async () => {
  const user = await registerUser('security');
  const page = await openDashboard(browser, { user, path: '/#/security' });
  await page.waitForSelector('[data-page="security"]');
  await page.click('[data-action="enrol"]');
  await page.waitForSelector('canvas.qr');
  const secret = await page.locator('[data-secret]').textContent();
  const painted = await page.evaluate(() => {
    const canvas = document.querySelector('canvas.qr');
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] > 0 && pixels[i] < 128) dark += 1;
    return dark;
  });
  assert.ok(painted > 1000, `the QR code is drawn (${painted} dark pixels)`);
  await screenshots(page, 'security-enrol');
  await page.getByLabel('动态验证码').fill(totp(secret));
  await page.getByRole('button', { name: '确认' }).click();
  await page.waitForSelector('[data-recovery-codes]');
  assert.equal(await page.locator('[data-recovery-codes] li').count(), 10);
  await screenshots(page, 'security-recovery-codes');
  await page.click('[data-action="codes-saved"]');
  await page.waitForSelector('[data-section="two-factor"] button.danger');
  assert.equal(await page.locator('[data-recovery-codes]').count(), 0, 'shown once');
  assert.ok(await page.locator('[data-section="sessions"] tr[data-session]').count() >= 1);
  await page.waitForSelector('[data-section="audit"] tr[data-action="TWO_FACTOR_ENABLED"]');

  await page.click('[data-action="signout"]');
  await page.waitForSelector('[data-page="signin"]');
  await page.getByLabel('手机号或邮箱').fill(user.username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForSelector('.otp-field:not([hidden])');
  await page.getByLabel('动态验证码').fill(totp(secret, 1));
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForSelector('[data-page="fleet"]');
  assert.deepEqual(page.errors, []);
});

test('binding an account asks for a code first when two-factor sign-in is on', async () => {
  const user = await registerUser('stepup');
  const enrolment = await call('POST', '/api/v1/me/2fa', { token: user.token });
  const secret = enrolment.body.data.secret;
  const confirmed = await call('POST', '/api/v1/me/2fa/confirm', { token: user.token, body: { code: totp(secret) } });
  assert.equal(confirmed.status, 200);
  const page = await openDashboard(browser, { user, path: '/#/accounts' });
  await page.waitForSelector('[data-page="accounts"]');
  const account = simulatedAccount(4);
  const bound = page.evaluate(async (body) => {
    const { api } = await import('/app/api.js');
    return api.post('/api/v1/accounts', body).then(() => 'bound', (error) => error.code);
  }, account);
  await page.waitForSelector('dialog[data-dialog="otp"]');
  await screenshots(page, 'security-step-up');
  await page.locator('#otp-code').fill(totp(secret, 1));
  await page.locator('dialog[data-dialog="otp"] [data-confirm]').click();
  assert.equal(await bound, 'bound');
  assert.equal(await page.locator('[data-page="accounts"]').count(), 1, 'still signed in');
  assert.deepEqual(page.errors, []);
});
