import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import { coins, usdt } from '../format.js';
import { incomeChart } from '../chart.js';
import { errorState, loading, pageHeader } from '../ui.js';
import { exportButtons } from './exports.js';

const PERIODS = [7, 30, 90];
const DAY_MS = 86_400_000;
const FIGURES = ['yesterdayTotal', 'yesterdayAverage', 'monthIncome', 'totalIncome', 'totalWithdrawn', 'withdrawable'];
let period = 7;

export function render(container) {
  const periodButtons = el('div', { class: 'segmented', role: 'group', 'aria-label': t('income.period') });
  const figures = el('section', { class: 'cards', 'aria-label': t('income.figures') }, loading());
  const chartBox = el('figure', { class: 'card chart' });
  const dataTable = el('details', { class: 'card' });
  // #/income?accountId=… or ?groupId=…: the figures and chart of that account or group only
  const scope = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const filter = { accountId: scope.get('accountId') ?? '', groupId: scope.get('groupId') ?? '' };
  const scopeBox = el('div', { class: 'filters', dataset: { scope: '' } });
  container.append(pageHeader(t('nav.income'), periodButtons), scopeBox, figures, chartBox, dataTable, exportCard());
  let removeChart = () => {};

  async function loadScopes() {
    const [accounts, groups] = await Promise.all([api.get('/api/v1/accounts').catch(() => []), api.get('/api/v1/groups').catch(() => [])]);
    fill(scopeBox,
      scopeSelect('accountId', t('income.account'), accounts.map((a) => [a.id, a.name || a.username])),
      scopeSelect('groupId', t('income.group'), groups.map((g) => [g.id, g.name])));
  }

  function scopeSelect(key, label, options) {
    const id = `income-${key}`;
    return el('div', { class: 'field inline' }, el('label', { for: id }, label),
      el('select', { id, name: key, onchange: (event) => {
        filter.accountId = '';
        filter.groupId = '';
        filter[key] = event.target.value;
        scopeBox.querySelectorAll('select').forEach((other) => { if (other !== event.target) other.value = ''; });
        load();
      } }, [['', t('common.all')], ...options].map(([value, text]) => el('option', { value, selected: value === filter[key] }, text))));
  }

  function statsPath() {
    const params = new URLSearchParams({ days: String(period) });
    if (filter.accountId) params.set('accountId', filter.accountId);
    else if (filter.groupId) params.set('groupId', filter.groupId);
    return `/api/v1/stats/income?${params}`;
  }

  async function load() {
    fill(periodButtons, PERIODS.map((days) => el('button', {
      type: 'button', class: 'secondary', 'aria-pressed': String(days === period), dataset: { days: String(days) },
      onclick: () => { period = days; load(); },
    }, t('income.lastDays', { days }))));
    try {
      const stats = await api.get(statsPath());
      fill(figures, FIGURES.map((name) => figure(name, stats)),
        el('div', { class: 'card stat', dataset: { stat: 'deviceCount' } },
          el('span', { class: 'stat-label' }, t('income.deviceCount')), el('strong', {}, String(stats.deviceCount ?? 0))));
      removeChart();
      fill(chartBox, el('figcaption', {}, t('income.chartTitle', { days: period })), el('div', { class: 'chart-area' }));
      removeChart = incomeChart(chartBox.querySelector('.chart-area'), stats.days);
      fill(dataTable, el('summary', {}, t('income.showData')), daysTable(stats.days));
    } catch (error) {
      fill(figures, errorState(error));
      fill(chartBox);
      fill(dataTable);
    }
  }

  loadScopes();
  load();
  return () => removeChart();
}

/** Exports; income over a date range (last 30 days by default) and optionally one group. */
function exportCard() {
  const today = new Date().toISOString().slice(0, 10);
  const from = el('input', { id: 'export-from', type: 'date', name: 'from', value: new Date(Date.now() - 29 * DAY_MS).toISOString().slice(0, 10) });
  const to = el('input', { id: 'export-to', type: 'date', name: 'to', value: today });
  const group = el('select', { id: 'export-group', name: 'groupId' }, el('option', { value: '' }, t('common.all')));
  api.get('/api/v1/groups').then((groups) => group.append(...groups.map((g) => el('option', { value: g.id }, g.name)))).catch(() => {});
  const incomeQuery = () => {
    const params = new URLSearchParams();
    if (from.value) params.set('from', from.value);
    if (to.value) params.set('to', to.value);
    if (group.value) params.set('groupId', group.value);
    return params;
  };
  return el('section', { class: 'card', dataset: { section: 'exports' } }, el('h2', {}, t('exports.title')),
    el('div', { class: 'filters' },
      el('div', { class: 'field inline' }, el('label', { for: 'export-from' }, t('exports.from')), from),
      el('div', { class: 'field inline' }, el('label', { for: 'export-to' }, t('exports.to')), to),
      el('div', { class: 'field inline' }, el('label', { for: 'export-group' }, t('income.group')), group)),
    exportButtons(incomeQuery));
}

function figure(name, stats) {
  const inUsdt = usdt(stats[`${name}Usdt`]);
  return el('div', { class: 'card stat', dataset: { stat: name } },
    el('span', { class: 'stat-label' }, t(`income.${name}`)),
    el('strong', {}, coins(stats[name])),
    inUsdt ? el('small', { class: 'usdt' }, inUsdt) : null);
}

function daysTable(days) {
  return el('table', { class: 'compact' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('income.date')), el('th', { scope: 'col', class: 'num' }, t('income.daily')))),
    el('tbody', {}, [...days].reverse().map((day) => el('tr', {},
      el('td', {}, day.date), el('td', { class: 'num' }, coins(day.income), day.incomeUsdt != null ? ` (${usdt(day.incomeUsdt)})` : '')))));
}
