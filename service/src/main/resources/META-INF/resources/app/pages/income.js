import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import { coins, usdt } from '../format.js';
import { incomeChart } from '../chart.js';
import { errorState, loading, pageHeader } from '../ui.js';

const PERIODS = [7, 30, 90];
const FIGURES = ['yesterdayTotal', 'yesterdayAverage', 'monthIncome', 'totalIncome', 'totalWithdrawn', 'withdrawable'];
let period = 7;

export function render(container) {
  const periodButtons = el('div', { class: 'segmented', role: 'group', 'aria-label': t('income.period') });
  const figures = el('section', { class: 'cards', 'aria-label': t('income.figures') }, loading());
  const chartBox = el('figure', { class: 'card chart' });
  const dataTable = el('details', { class: 'card' });
  container.append(pageHeader(t('nav.income'), periodButtons), figures, chartBox, dataTable);
  let removeChart = () => {};

  async function load() {
    fill(periodButtons, PERIODS.map((days) => el('button', {
      type: 'button', class: 'secondary', 'aria-pressed': String(days === period), dataset: { days: String(days) },
      onclick: () => { period = days; load(); },
    }, t('income.lastDays', { days }))));
    try {
      const stats = await api.get(`/api/v1/stats/income?days=${period}`);
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

  load();
  return () => removeChart();
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
