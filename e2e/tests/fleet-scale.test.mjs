// Fleet at scale in the browser (issue 14): server-side fleet paging, the device page, groups, bulk import, exports.
// Binds the simulator's accounts 13800000009..12 and imports 13800000013 (e2e/run.sh seeds 13).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openDashboard, screenshots } from '../support/browser.mjs';
import { call, eventually, registerUser } from '../support/service.mjs';

const sim = (n) => ({ username: `138${String(n).padStart(8, '0')}`, password: `demo-password-${n}` });

let browser;
let owner; // one user with three accounts (2 + 3 + 4 devices), shared by the fleet, device and export tests
let accounts;
let fleet;

before(async () => {
  browser = await launch();
  owner = await registerUser('fleet-scale');
  accounts = [];
  for (const n of [9, 10, 11]) {
    const { status, body } = await call('POST', '/api/v1/accounts', { token: owner.token, body: { ...sim(n), name: `Scale ${n}` } });
    assert.ok(status === 201 || status === 200, `binding ${n}: ${status} ${body?.message}`);
    accounts.push(body.data);
  }
  fleet = await eventually(async () => {
    const { body } = await call('GET', '/api/v1/fleet?size=500', { token: owner.token });
    return body.data.total >= 9 ? body.data : null;
  }, { what: 'the devices of three accounts', timeoutMs: 40_000 });
});
after(async () => { await browser?.close(); });

/** The `size`/`page`/... of every fleet page the dashboard asked for. */
function fleetRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/v1/fleet') seen.push(url.searchParams);
  });
  return seen;
}

const rowSns = (page) => page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.sn));

test('the fleet page pages, searches, filters and sorts on the server, one page in the DOM', async () => {
  const page = await openDashboard(browser, { user: owner, language: 'en', path: '/#/fleet?size=4' });
  const requests = fleetRequests(page);
  await page.waitForSelector('tbody tr[data-sn]');
  assert.equal(await page.locator('tbody tr').count(), 4, 'one page of 4 rows, not the whole fleet');
  assert.equal(await page.locator('[data-stat="total"] strong').textContent(), String(fleet.total));
  assert.equal(await page.locator('[data-stat="offline"] strong').textContent(), String(fleet.offline));
  assert.match(await page.locator('[data-page-info]').textContent(), new RegExp(`Page 1 of ${Math.ceil(fleet.total / 4)}`));
  assert.ok(await page.locator('button[data-page="prev"]').isDisabled());

  const first = await rowSns(page);
  await page.click('button[data-page="next"]');
  await page.waitForFunction(() => /Page 2/.test(document.querySelector('[data-page-info]')?.textContent ?? ''));
  const second = await rowSns(page);
  assert.equal(second.length, 4);
  assert.equal(second.filter((sn) => first.includes(sn)).length, 0, 'page 2 holds other devices');
  assert.ok(requests.some((params) => params.get('page') === '2' && params.get('size') === '4'));

  // sorting asks the server and starts again at page 1
  await page.click('button[data-sort="deviceSn"]');
  await page.waitForFunction(() => /Page 1/.test(document.querySelector('[data-page-info]')?.textContent ?? ''));
  const allSns = fleet.devices.map((d) => d.deviceSn).sort();
  await page.waitForFunction((expected) => JSON.stringify([...document.querySelectorAll('tbody tr')].map((r) => r.dataset.sn)) === expected,
    JSON.stringify(allSns.slice(0, 4)));
  await page.click('button[data-sort="deviceSn"]');
  await page.waitForFunction((expected) => JSON.stringify([...document.querySelectorAll('tbody tr')].map((r) => r.dataset.sn)) === expected,
    JSON.stringify([...allSns].reverse().slice(0, 4)));
  assert.equal(await page.locator('th:has(button[data-sort="deviceSn"])').getAttribute('aria-sort'), 'descending');
  assert.ok(requests.some((params) => params.get('sort') === '-deviceSn'));

  // a search for one SN leaves that device only, with the counts of the search
  const target = fleet.devices[fleet.devices.length - 1];
  await page.fill('#fleet-search', target.deviceSn);
  await page.waitForFunction((sn) => {
    const rows = [...document.querySelectorAll('tbody tr')];
    return rows.length === 1 && rows[0].dataset.sn === sn;
  }, target.deviceSn);
  assert.equal(await page.locator('[data-stat="total"] strong').textContent(), '1');
  assert.ok(requests.some((params) => params.get('q') === target.deviceSn));
  await page.fill('#fleet-search', 'no-such-device-anywhere');
  await page.waitForSelector('.empty-state');
  await page.fill('#fleet-search', '');
  await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 4);

  // the standalone simulator keeps every box online: the filter for "offline" must then show none
  for (const [status, count] of [['online', fleet.online], ['offline', fleet.offline]]) {
    await page.locator('#fleet-filter-status').selectOption(status);
    await page.waitForFunction((n) => document.querySelector('[data-stat="total"] strong')?.textContent === String(n), count);
    const statuses = await page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.status));
    assert.ok(statuses.every((s) => s === status));
    assert.equal(statuses.length, Math.min(count, 4));
  }
  await page.locator('#fleet-filter-status').selectOption('');
  await screenshots(page, 'fleet-scale');
  assert.deepEqual(page.errors, []);
});

test('the group filter shows the devices of the accounts in that group', async () => {
  const group = (await call('POST', '/api/v1/groups', { token: owner.token, body: { name: 'Filter group' } })).body.data;
  const member = accounts[0];
  assert.equal((await call('PATCH', `/api/v1/accounts/${member.id}`, { token: owner.token, body: { groupId: group.id } })).status, 200);
  const expected = fleet.devices.filter((d) => d.accountId === member.id).map((d) => d.deviceSn).sort();

  const page = await openDashboard(browser, { user: owner, language: 'en', path: '/#/fleet' });
  await page.waitForSelector(`#fleet-filter-group option[value="${group.id}"]`, { state: 'attached' });
  await page.locator('#fleet-filter-group').selectOption(group.id);
  await page.waitForFunction((n) => document.querySelector('[data-stat="total"] strong')?.textContent === String(n), expected.length);
  assert.deepEqual((await rowSns(page)).sort(), expected);
  await page.locator('#fleet-filter-group').selectOption('');
  await call('DELETE', `/api/v1/groups/${group.id}`, { token: owner.token });
  assert.deepEqual(page.errors, []);
});

test('a row links to the device page: fields, uptimes and an availability bar for 1/7/30/90 days', async () => {
  const device = fleet.devices[0];
  const page = await openDashboard(browser, { user: owner, language: 'en', path: '/#/fleet' });
  await page.click(`tr[data-sn="${device.deviceSn}"] a`);
  await page.waitForURL(new RegExp(`#/fleet/devices/${encodeURIComponent(device.deviceSn)}$`));
  await page.waitForSelector('dl.facts');
  assert.ok((await page.locator('dl.facts').textContent()).includes(device.deviceSn));
  for (const stat of ['uptime24h', 'uptime7d', 'uptime30d']) await page.waitForSelector(`[data-stat="${stat}"] strong`);

  const availability = (await call('GET', `/api/v1/fleet/devices/${encodeURIComponent(device.deviceSn)}/availability?days=7`,
    { token: owner.token })).body.data;
  await page.waitForSelector('.availability-bar .segment');
  const segments = await page.locator('.availability-bar .segment').evaluateAll((nodes) => nodes.map((node) => ({
    status: node.dataset.status, title: node.title, width: node.getBoundingClientRect().width })));
  assert.deepEqual(segments.map((s) => s.status), availability.timeline.map((s) => s.status));
  assert.ok(segments.every((s) => s.title.length > 0), 'every segment has a title');
  const barWidth = await page.locator('.availability-bar').evaluate((node) => node.getBoundingClientRect().width);
  const span = availability.to - availability.from;
  availability.timeline.forEach((stretch, i) => {
    const share = (stretch.to - stretch.from) / span;
    assert.ok(Math.abs(segments[i].width - share * barWidth) <= Math.max(2, barWidth * 0.02), `segment ${i} is proportional`);
  });
  const colours = await page.locator('.availability-bar .segment').evaluateAll((nodes) =>
    Object.fromEntries(nodes.map((node) => [node.dataset.status, getComputedStyle(node).backgroundColor])));
  if (colours.online) assert.equal(colours.online, 'rgb(22, 163, 74)');
  if (colours.unknown) assert.equal(colours.unknown, 'rgb(156, 163, 175)');

  for (const days of [1, 30, 90]) {
    const answered = page.waitForResponse((r) => r.url().includes(`/availability?days=${days}`) && r.status() === 200);
    await page.click(`button[data-days="${days}"]`);
    await answered;
    await page.waitForSelector(`button[data-days="${days}"][aria-pressed="true"]`);
    await page.waitForSelector('.availability-bar .segment');
  }
  await screenshots(page, 'device');

  await page.goto(`${page.url().split('#')[0]}#/fleet/devices/OCP-NOT-MINE`);
  await page.waitForSelector('[data-page="fleet"] .notice-error');
  assert.equal(await page.locator('[data-state="not-available"]').count(), 0, 'an unknown SN is not "not in this build"');
  assert.deepEqual(page.errors, []);
});

test('groups are created, renamed and deleted on the accounts page, and an account joins one', async () => {
  const user = await registerUser('groups-ui');
  const bound = await call('POST', '/api/v1/accounts', { token: user.token, body: { ...sim(12), name: 'Group member' } });
  assert.ok(bound.status < 300, `binding 12: ${bound.status}`);
  const account = bound.body.data;
  const page = await openDashboard(browser, { user, language: 'en', path: '/#/accounts' });
  const groups = page.locator('[data-section="groups"]');
  await groups.locator('[data-form="group-create"] input[name="name"]').fill('Shanghai racks');
  await groups.locator('[data-form="group-create"] button[type="submit"]').click();
  await page.waitForSelector('li[data-name="Shanghai racks"]');
  const created = (await call('GET', '/api/v1/groups', { token: user.token })).body.data;
  assert.deepEqual(created.map((g) => g.name), ['Shanghai racks']);

  const item = page.locator('li[data-name="Shanghai racks"]');
  await item.locator('summary').click();
  await item.locator('input[name="name"]').fill('Beijing racks');
  await item.locator('button[type="submit"]').click();
  await page.waitForSelector('li[data-name="Beijing racks"]');
  assert.equal((await call('GET', '/api/v1/groups', { token: user.token })).body.data[0].name, 'Beijing racks');

  {
    const card = page.locator(`article[data-account="${account.id}"]`);
    await card.locator('details:has([data-form="groupId"]) summary').click();
    await card.locator('[data-form="groupId"] select').selectOption(created[0].id);
    await card.locator('[data-form="groupId"] button[type="submit"]').click();
    await page.waitForFunction((id) => document.querySelector(`article[data-account="${id}"] [data-group-name]`)?.textContent === 'Beijing racks', account.id);
    const stored = (await call('GET', '/api/v1/accounts', { token: user.token })).body.data.find((a) => a.id === account.id);
    assert.equal(stored.groupId, created[0].id);
    await page.waitForFunction(() => /1/.test(document.querySelector('li[data-name="Beijing racks"] .muted')?.textContent ?? ''));
  }

  await page.locator('li[data-name="Beijing racks"] button[data-action="group-delete"]').click();
  await page.click('dialog [data-confirm]');
  await page.waitForSelector('[data-section="groups"] li.muted');
  assert.deepEqual((await call('GET', '/api/v1/groups', { token: user.token })).body.data, []);
  {
    const kept = (await call('GET', '/api/v1/accounts', { token: user.token })).body.data.find((a) => a.id === account.id);
    assert.equal(kept.groupId, null, 'the account stays, without a group');
  }
  assert.deepEqual(page.errors, []);
});

test('an import shows live progress, a result per line and offers the failed lines for download', async () => {
  const user = await registerUser('import-ui');
  const page = await openDashboard(browser, { user, language: 'en', path: '/#/imports' });
  const lines = ['username,password,name', `${sim(13).username},${sim(13).password},Imported`,
    '13899999999,wrong-password', 'only-a-username'];
  await page.fill('#import-text', lines.join('\n'));
  await page.click('[data-form="import"] button[type="submit"]');
  await page.waitForSelector('[data-import-progress] progress');
  await page.waitForSelector('[data-import-progress][data-status="DONE"]', { timeout: 60_000 });
  const outcomes = await page.locator('[data-import-results] tbody tr').evaluateAll((rows) =>
    rows.map((row) => [Number(row.dataset.line), row.dataset.outcome]));
  assert.equal(outcomes.length, 3);
  assert.deepEqual(outcomes.map(([line]) => line), [2, 3, 4]);
  assert.equal(outcomes[0][1], 'BOUND');
  assert.equal(outcomes[1][1], 'UPSTREAM_AUTH_FAILED');
  assert.equal(outcomes[2][1], 'INVALID');
  const progress = await page.locator('[data-import-progress] progress').evaluate((node) => [node.value, node.max]);
  assert.deepEqual(progress, [3, 3]);

  const download = page.waitForEvent('download');
  await page.click('button[data-action="failed-lines"]');
  const file = await (await download).path();
  const failed = (await readFile(file, 'utf8')).trim().split('\n');
  assert.ok(failed.includes('13899999999,wrong-password') && failed.includes('only-a-username'));
  assert.ok(!failed.some((line) => line.startsWith('username,')), 'the header is not a failed line');
  const html = await page.content();
  assert.ok(!html.includes('wrong-password'), 'no password stays in the page');
  await screenshots(page, 'imports');
  assert.deepEqual(page.errors, []);
});

test('exports download as CSV and XLSX with the token, income for a date range', async () => {
  const page = await openDashboard(browser, { user: owner, language: 'en', path: '/#/income' });
  await page.waitForSelector('[data-section="exports"] button[data-export="income.csv"]');
  await page.fill('#export-from', '2026-01-01');
  await page.fill('#export-to', '2026-01-31');
  const incomeRequest = page.waitForRequest((r) => r.url().includes('/api/v1/exports/income.csv'));
  const incomeDownload = page.waitForEvent('download');
  await page.click('[data-section="exports"] button[data-export="income.csv"]');
  const url = new URL((await incomeRequest).url());
  assert.equal(url.searchParams.get('from'), '2026-01-01');
  assert.equal(url.searchParams.get('to'), '2026-01-31');
  const income = await readFile(await (await incomeDownload).path(), 'utf8');
  assert.ok(income.replace(/^\uFEFF/, '').startsWith('date,accountId,accountName,username,income'), income.slice(0, 80));

  for (const name of ['fleet.csv', 'fleet.xlsx', 'withdrawals.xlsx']) {
    const download = page.waitForEvent('download');
    await page.click(`[data-section="exports"] button[data-export="${name}"]`);
    const saved = await download;
    assert.equal(saved.suggestedFilename(), name);
    const bytes = await readFile(await saved.path());
    if (name.endsWith('.xlsx')) assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an xlsx is a zip');
    else assert.ok(fleet.devices.every((d) => bytes.toString('utf8').includes(d.deviceSn)), 'every device is in the fleet CSV');
  }
  assert.deepEqual(page.errors, []);
});

test('the income page charts one account or one group', async () => {
  const group = (await call('POST', '/api/v1/groups', { token: owner.token, body: { name: 'Income group' } })).body.data;
  await call('PATCH', `/api/v1/accounts/${accounts[1].id}`, { token: owner.token, body: { groupId: group.id } });
  const page = await openDashboard(browser, { user: owner, language: 'zh', path: `/#/income?groupId=${group.id}` });
  const requests = [];
  page.on('request', (r) => { if (r.url().includes('/api/v1/stats/income')) requests.push(new URL(r.url()).searchParams); });
  await page.waitForSelector('.chart .uplot canvas');
  await page.waitForSelector(`#income-groupId option[value="${group.id}"]`, { state: 'attached' });
  assert.equal(await page.locator('#income-groupId').inputValue(), group.id);
  const groupStats = (await call('GET', `/api/v1/stats/income?days=7&groupId=${group.id}`, { token: owner.token })).body.data;
  assert.equal(await page.locator('[data-stat="deviceCount"] strong').textContent(), String(groupStats.deviceCount));

  const accountStats = (await call('GET', `/api/v1/stats/income?days=7&accountId=${accounts[2].id}`, { token: owner.token })).body.data;
  await page.locator('#income-accountId').selectOption(accounts[2].id);
  await page.waitForFunction((n) => document.querySelector('[data-stat="deviceCount"] strong')?.textContent === String(n), accountStats.deviceCount);
  assert.ok(requests.some((params) => params.get('accountId') === accounts[2].id && !params.get('groupId')));
  assert.equal(await page.locator('#income-groupId').inputValue(), '');
  await page.waitForSelector('.chart .uplot canvas');
  await call('DELETE', `/api/v1/groups/${group.id}`, { token: owner.token });
  assert.deepEqual(page.errors, []);
});
