import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import { age, bytes, coins, time } from '../format.js';
import { errorState, loading, pageHeader, statusBadge } from '../ui.js';
import { exportButtons } from './exports.js';
import * as device from './device.js';

const REFRESH_MS = 30_000;
const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 300;
const STATUSES = ['online', 'offline', 'exception'];

// Survives refreshes and page switches, so the table keeps the user's search, sort, filters and page.
const view = { sortKey: 'status', ascending: true, status: '', groupId: '', q: '', page: 1 };

// `sort` names the server's sort field; columns without one are not sortable (the server orders by device fields only).
const COLUMNS = [
  { key: 'deviceName', label: 'fleet.name', sort: 'deviceName' },
  { key: 'deviceSn', label: 'fleet.sn', sort: 'deviceSn' },
  { key: 'accountName', label: 'fleet.account' },
  { key: 'status', label: 'fleet.status', sort: 'status' },
  { key: 'exceptionMessage', label: 'fleet.exception' },
  { key: 'usb', label: 'fleet.usb', sort: 'usbUsedBytes' },
  { key: 'yesterdayIncome', label: 'fleet.yesterday', numeric: true },
  { key: 'withdrawable', label: 'fleet.withdrawable', numeric: true },
];

/** #/fleet is the table; #/fleet/devices/{sn} is one device's page. */
export function render(container, context) {
  if (context?.route?.rest?.[0] === 'devices' && context.route.rest[1]) return device.render(container, decodeURIComponent(context.route.rest[1]));
  return renderFleet(container);
}

function renderFleet(container) {
  const summary = el('section', { class: 'cards', 'aria-label': t('fleet.summary') });
  const filters = el('div', { class: 'filters' });
  const table = el('div', { class: 'table-wrap' }, loading());
  const pager = el('nav', { class: 'pager', 'aria-label': t('fleet.pages') });
  const updated = el('p', { class: 'muted', 'aria-live': 'polite' });
  container.append(pageHeader(t('nav.fleet'), updated), summary, filters, table, pager,
    el('section', { class: 'card' }, el('h2', {}, t('exports.title')), exportButtons()));
  let fleet = null;
  let groups = [];
  let requested = 0;
  const groupFilter = el('div', { class: 'filters-group' });

  async function refresh() {
    const mine = ++requested;
    try {
      const answer = await api.get(`/api/v1/fleet?${query()}`);
      if (mine !== requested) return; // a newer search or page answered meanwhile
      fleet = answer;
      draw();
      fill(updated, t('fleet.updatedAt', { time: time(Date.now()) }));
      updated.dataset.updatedAt = String(Date.now());
    } catch (error) {
      if (mine !== requested) return;
      if (!fleet) fill(table, errorState(error));
      else fill(updated, error.message);
    }
  }

  function query() {
    const params = new URLSearchParams({ size: String(pageSize()), page: String(view.page) });
    const column = COLUMNS.find((c) => c.key === view.sortKey && c.sort);
    if (column) params.set('sort', `${view.ascending ? '' : '-'}${column.sort}`);
    if (view.status) params.set('status', view.status);
    if (view.groupId) params.set('groupId', view.groupId);
    if (view.q) params.set('q', view.q);
    return params;
  }

  function draw() {
    fill(summary,
      card(t('status.online'), fleet.online, 'online'),
      card(t('status.offline'), fleet.offline, 'offline'),
      card(t('status.exception'), fleet.exception ?? 0, 'exception'),
      card(t('fleet.total'), fleet.total, 'total'),
      card(t('fleet.yesterdayTotal'), coins(fleet.yesterdayIncome), 'income'));
    drawTable();
    drawPager();
  }

  function drawFilters() {
    const search = el('input', { id: 'fleet-search', type: 'search', name: 'q', value: view.q, maxlength: 100,
      placeholder: t('fleet.searchHint') });
    let timer = null;
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => { view.q = search.value.trim(); view.page = 1; refresh(); }, SEARCH_DELAY_MS);
    });
    fill(filters,
      el('div', { class: 'field inline' }, el('label', { for: 'fleet-search' }, t('fleet.search')), search),
      filterSelect('status', t('fleet.filterStatus'), [['', t('common.all')], ...STATUSES.map((s) => [s, t(`status.${s}`)])]),
      groupFilter);
    drawGroupFilter();
  }

  function drawGroupFilter() {
    fill(groupFilter, filterSelect('groupId', t('fleet.filterGroup'), [['', t('common.all')], ...groups.map((g) => [g.id, g.name])]));
  }

  function filterSelect(key, label, options) {
    const id = `fleet-filter-${key === 'groupId' ? 'group' : key}`;
    return el('div', { class: 'field inline' },
      el('label', { for: id }, label),
      el('select', { id, name: key, onchange: (event) => { view[key] = event.target.value; view.page = 1; refresh(); } },
        options.map(([value, text]) => el('option', { value, selected: value === view[key] }, text))));
  }

  function drawTable() {
    if (!fleet.devices.length) {
      const filtered = view.q || view.status || view.groupId;
      return fill(table, el('div', { class: 'empty-state' }, filtered ? t('fleet.noMatch')
        : [t('fleet.empty'), ' ', el('a', { href: '#/accounts' }, t('fleet.bindFirst'))]));
    }
    fill(table, el('table', { class: 'devices responsive' },
      el('caption', { class: 'visually-hidden' }, t('fleet.tableCaption', { shown: fleet.devices.length, total: fleet.total })),
      el('thead', {}, el('tr', {}, COLUMNS.map(headerCell))),
      el('tbody', {}, fleet.devices.map(deviceRow))));
  }

  function drawPager() {
    const pages = Math.max(1, Math.ceil(fleet.total / pageSize()));
    const go = (page) => { view.page = page; refresh(); };
    fill(pager,
      el('button', { type: 'button', class: 'secondary', dataset: { page: 'prev' }, disabled: view.page <= 1,
        onclick: () => go(view.page - 1) }, t('fleet.prev')),
      el('span', { dataset: { pageInfo: '' } }, t('fleet.pageOf', { page: view.page, pages, total: fleet.total })),
      el('button', { type: 'button', class: 'secondary', dataset: { page: 'next' }, disabled: view.page >= pages,
        onclick: () => go(view.page + 1) }, t('fleet.next')));
  }

  function headerCell(column) {
    const sorted = column.key === view.sortKey;
    const attrs = { scope: 'col', class: column.numeric ? 'num' : null };
    if (!column.sort) return el('th', attrs, t(column.label));
    return el('th', { ...attrs, 'aria-sort': sorted ? (view.ascending ? 'ascending' : 'descending') : 'none' },
      el('button', { type: 'button', class: 'sort', dataset: { sort: column.key }, onclick: () => {
        view.ascending = sorted ? !view.ascending : true;
        view.sortKey = column.key;
        view.page = 1;
        refresh();
      } }, t(column.label), sorted ? (view.ascending ? ' ▲' : ' ▼') : ''));
  }

  async function loadGroups() {
    try {
      groups = await api.get('/api/v1/groups');
    } catch {
      groups = []; // no groups endpoint or none yet: the group filter offers "all" only
    }
    drawGroupFilter(); // only the group select: the search box keeps its focus and text
  }

  drawFilters();
  // the first page does not wait for the groups; a remembered group that is gone is dropped once they are known
  loadGroups().then(() => { if (view.groupId && !groups.some((g) => g.id === view.groupId)) { view.groupId = ''; drawGroupFilter(); refresh(); } });
  refresh();
  const timer = setInterval(() => { if (!document.hidden) refresh(); }, REFRESH_MS);
  return () => clearInterval(timer);
}

/** 50 rows a page; `#/fleet?size=N` (1–500) asks for another page size. */
function pageSize() {
  const asked = Number(new URLSearchParams(location.hash.split('?')[1] ?? '').get('size'));
  return Number.isInteger(asked) && asked >= 1 && asked <= 500 ? asked : PAGE_SIZE;
}

function deviceRow(device) {
  const since = device.status === 'offline' ? device.disconnectTime : device.connectTime;
  const sn = device.deviceSn ?? '';
  return el('tr', { dataset: { status: device.status, sn } },
    cell('fleet.name', sn ? el('a', { href: `#/fleet/devices/${encodeURIComponent(sn)}` }, device.deviceName || sn) : (device.deviceName || '—')),
    cell('fleet.sn', el('code', {}, sn || '—')),
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
