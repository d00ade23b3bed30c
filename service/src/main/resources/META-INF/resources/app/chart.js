// Daily income as bars, drawn by uPlot from its WebJar (served by Quarkus from the jar's META-INF/resources).
import uPlot from '/webjars/uplot/1.6.30/dist/uPlot.esm.js';
import { locale, t } from './i18n.js';

const DAY = 86_400;

/** Draws into `target`; returns a cleanup that removes the chart and its resize listener. */
export function incomeChart(target, days) {
  // Upstream's dates are China calendar days: plotted as UTC midnights and labelled in UTC, so no browser shifts them.
  const dates = days.map((day) => Date.parse(`${day.date}T00:00:00Z`) / 1000);
  const dayLabel = (seconds, options) => new Date(seconds * 1000).toLocaleDateString(locale(), { timeZone: 'UTC', ...options });
  const incomes = days.map((day) => Number(day.income ?? 0));
  const barWidth = days.length > 30 ? [0.8, 6] : [0.6, 40];
  const size = () => ({ width: Math.max(target.clientWidth, 280), height: target.clientWidth < 500 ? 220 : 300 });
  const chart = new uPlot({
    ...size(),
    scales: { x: { time: true, range: (self, min, max) => [min - DAY / 2, max + DAY / 2] }, y: { range: (self, min, max) => [0, Math.max(max * 1.1, 1)] } },
    axes: [
      { incrs: [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY], values: (self, splits) => splits.map((s) => dayLabel(s, { month: 'numeric', day: 'numeric' })) },
      { label: t('income.coins'), size: 60 },
    ],
    legend: { show: true },
    series: [
      { label: t('income.date'), value: (self, seconds) => (seconds == null ? '—' : dayLabel(seconds)) },
      { label: t('income.daily'), fill: 'rgba(37, 99, 235, 0.35)', stroke: '#2563eb', width: 1,
        paths: uPlot.paths.bars({ size: barWidth }), points: { show: false },
        value: (self, value) => (value == null ? '—' : value.toFixed(4)) },
    ],
  }, [dates, incomes], target);
  const onResize = () => chart.setSize(size());
  window.addEventListener('resize', onResize);
  return () => {
    window.removeEventListener('resize', onResize);
    chart.destroy();
  };
}

/** The coin's USDT price over time as a line (points at scrape times, shown in the browser's time). */
export function priceChart(target, points) {
  const times = points.map((point) => point.at / 1000);
  const prices = points.map((point) => (point.usdt == null ? null : Number(point.usdt)));
  const size = () => ({ width: Math.max(target.clientWidth, 280), height: target.clientWidth < 500 ? 200 : 260 });
  const chart = new uPlot({
    ...size(),
    axes: [{}, { label: 'USDT', size: 60 }],
    legend: { show: true },
    series: [
      { label: t('market.time'), value: (self, seconds) => (seconds == null ? '—' : new Date(seconds * 1000).toLocaleString(locale())) },
      { label: t('market.usdt'), stroke: '#2563eb', width: 2, points: { show: points.length < 60 },
        value: (self, value) => (value == null ? '—' : value.toFixed(4)) },
    ],
  }, [times, prices], target);
  const onResize = () => chart.setSize(size());
  window.addEventListener('resize', onResize);
  return () => {
    window.removeEventListener('resize', onResize);
    chart.destroy();
  };
}
