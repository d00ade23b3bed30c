import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import { age, bytes, coins, time } from '../format.js';
import { errorState, loading, pageHeader, statusBadge } from '../ui.js';

const REFRESH_MS = 30_000;
const STATUSES = ['online', 'offline', 'exception'];

// Survives refreshes and page switches, so the table keeps the user's sort and filters.
const view = { sortKey: 'status', ascending: true, status: '', account: '' };

const COLUMNS = [
  { key: 'deviceName', label: 'fleet.name', value: (d) => d.deviceName ?? '' },
  { key: 'deviceSn', label: 'fleet.sn', value: (d) => d.deviceSn ?? '' },
  { key: 'accountName', label: 'fleet.account', value: (d) => d.accountName ?? '' },
  { key: 'status', label: 'fleet.status', value: (d) => STATUSES.indexOf(d.status) * -1 },
  { key: 'exceptionMessage', label: 'fleet.exception', value: (d) => d.exceptionMessage ?? '' },
  { key: 'usb', label: 'fleet.usb', value: (d) => (d.usbCapacityBytes ? d.usbUsedBytes / d.usbCapacityBytes : -1) },
  { key: 'yesterdayIncome', label: 'fleet.yesterday', value: (d) => Number(d.yesterdayIncome ?? 0), numeric: true },
  { key: 'withdrawable', label: 'fleet.withdrawable', value: (d) => Number(d.withdrawable ?? 0), numeric: true },
];

export function render(container) {
  const summary = el('section', { class: 'cards', 'aria-label': t('fleet.summary') });
  const filters = el('div', { class: 'filters' });
  const table = el('div', { class: 'table-wrap' }, loading());
  const updated = el('p', { class: 'muted', 'aria-live': 'polite' });
  container.append(pageHeader(t('nav.fleet'), updated), summary, filters, table);
  let fleet = null;

  async function refresh() {
    try {
      fleet = await api.get('/api/v1/fleet');
      draw();
      fill(updated, t('fleet.updatedAt', { time: time(Date.now()) }));
      updated.dataset.updatedAt = String(Date.now());
    } catch (error) {
      if (!fleet) fill(table, errorState(error));
      else fill(updated, error.message);
    }
  }

  function draw() {
    fill(summary,
      card(t('status.online'), fleet.online, 'online'),
      card(t('status.offline'), fleet.offline, 'offline'),
      card(t('status.exception'), fleet.exception ?? 0, 'exception'),
      card(t('fleet.yesterdayTotal'), coins(fleet.yesterdayIncome), 'income'),
      // the server's total: the device rows add up to it, but are never re-added here
      card(t('fleet.withdrawable'), coins(fleet.withdrawable), 'withdrawable'));
    drawFilters();
    drawTable();
  }

  function drawFilters() {
    const accounts = [...new Set(fleet.devices.map((d) => d.accountName ?? ''))].sort();
    fill(filters,
      filterSelect('status', t('fleet.filterStatus'), [['', t('common.all')], ...STATUSES.map((s) => [s, t(`status.${s}`)])]),
      filterSelect('account', t('fleet.filterAccount'), [['', t('common.all')], ...accounts.map((a) => [a, a])]));
  }

  function filterSelect(key, label, options) {
    const id = `fleet-filter-${key}`;
    return el('div', { class: 'field inline' },
      el('label', { for: id }, label),
      el('select', { id, name: key, onchange: (event) => { view[key] = event.target.value; drawTable(); } },
        options.map(([value, text]) => el('option', { value, selected: value === view[key] }, text))));
  }

  function drawTable() {
    if (!fleet.devices.length) {
      return fill(table, el('div', { class: 'empty-state' }, t('fleet.empty'), ' ', el('a', { href: '#/accounts' }, t('fleet.bindFirst'))));
    }
    const column = COLUMNS.find((c) => c.key === view.sortKey) ?? COLUMNS[0];
    const rows = fleet.devices
      .filter((d) => !view.status || d.status === view.status)
      .filter((d) => !view.account || (d.accountName ?? '') === view.account)
      .sort((a, b) => compare(column.value(a), column.value(b)) * (view.ascending ? 1 : -1));
    fill(table, el('table', { class: 'devices responsive' },
      el('caption', { class: 'visually-hidden' }, t('fleet.tableCaption', { shown: rows.length, total: fleet.devices.length })),
      el('thead', {}, el('tr', {}, COLUMNS.map(headerCell))),
      el('tbody', {}, rows.map(deviceRow))));
  }

  function headerCell(column) {
    const sorted = column.key === view.sortKey;
    return el('th', { scope: 'col', class: column.numeric ? 'num' : null, 'aria-sort': sorted ? (view.ascending ? 'ascending' : 'descending') : 'none' },
      el('button', { type: 'button', class: 'sort', dataset: { sort: column.key }, onclick: () => {
        view.ascending = sorted ? !view.ascending : true;
        view.sortKey = column.key;
        drawTable();
      } }, t(column.label), sorted ? (view.ascending ? ' ▲' : ' ▼') : ''));
  }

  refresh();
  const timer = setInterval(() => { if (!document.hidden) refresh(); }, REFRESH_MS);
  return () => clearInterval(timer);
}

function deviceRow(device) {
  const since = device.status === 'offline' ? device.disconnectTime : device.connectTime;
  return el('tr', { dataset: { status: device.status, sn: device.deviceSn ?? '' } },
    cell('fleet.name', device.deviceName || '—'),
    cell('fleet.sn', el('code', {}, device.deviceSn ?? '—')),
    cell('fleet.account', device.accountName ?? '—'),
    cell('fleet.status', [statusBadge(device.status), since ? el('small', { class: 'since' }, t('fleet.since', { age: age(since) })) : null]),
    cell('fleet.exception', device.exceptionMessage ?? ''),
    cell('fleet.usb', usbBar(device)),
    cell('fleet.yesterday', coins(device.yesterdayIncome), 'num'),
    cell('fleet.withdrawable', coins(device.withdrawable), 'num'));
}

/** data-label lets the phone layout show each cell as "label: value". */
function cell(labelKey, content, className) {
  return el('td', { 'data-label': t(labelKey), class: className }, el('div', {}, content));
}

function usbBar(device) {
  if (!device.usbCapacityBytes) return el('span', { class: 'muted' }, t('fleet.noUsb'));
  const text = `${bytes(device.usbUsedBytes)} / ${bytes(device.usbCapacityBytes)}`;
  return el('div', { class: 'usb' },
    el('meter', { min: 0, max: device.usbCapacityBytes, low: device.usbCapacityBytes * 0.8, high: device.usbCapacityBytes * 0.9,
      optimum: 0, value: device.usbUsedBytes, 'aria-label': text }),
    el('small', {}, text));
}

function card(label, value, kind) {
  return el('div', { class: `card stat stat-${kind}`, dataset: { stat: kind } }, el('span', { class: 'stat-label' }, label), el('strong', {}, String(value)));
}

function compare(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}
