import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { locale, t } from '../i18n.js';
import { age, dateTime } from '../format.js';
import { errorState, loading, notice, pageHeader } from '../ui.js';
import { priceChart } from '../chart.js';
import { field, formMessage, onSubmit } from '../forms.js';
import { token } from '../session.js';

const REFRESH_MS = 60_000;
/** Upstream info keys we know, in the order they are shown; any other key follows with a readable name. */
const INFO_KEYS = ['wkb_price', 'yesterday_avg_wkb', 'online_device', 'total_wkb', 'notice'];

export function render(container) {
  const body = el('div', { class: 'stack market' }, loading());
  const chartCard = el('section', { class: 'card', 'aria-labelledby': 'price-history-title', dataset: { card: 'price-history' } });
  const alertsCard = el('section', { class: 'card', 'aria-labelledby': 'price-alerts-title', dataset: { card: 'price-alerts' } });
  container.append(pageHeader(t('nav.market')), body, chartCard, alertsCard);
  let removeChart = () => {};

  async function loadHistory() {
    try {
      const history = await api.get('/api/v1/market/history?days=30');
      removeChart();
      const target = el('div', { class: 'chart', dataset: { points: String(history.points.length) } });
      fill(chartCard, el('h2', { id: 'price-history-title' }, t('market.history')),
        history.points.length ? target : el('p', { class: 'muted' }, t('market.noHistory')));
      removeChart = history.points.length ? priceChart(target, history.points) : () => {};
    } catch (error) {
      fill(chartCard, el('h2', { id: 'price-history-title' }, t('market.history')), errorState(error));
    }
  }

  async function loadAlerts() {
    const title = el('h2', { id: 'price-alerts-title' }, t('alerts.price.title'));
    if (!token()) {
      fill(alertsCard, title, el('p', { class: 'muted' }, t('alerts.price.signIn')));
      return;
    }
    try {
      const alerts = await api.get('/api/v1/price-alerts');
      const form = el('form', { class: 'grid-3', novalidate: true, dataset: { form: 'price-alert' } },
        formMessage(),
        field({ name: 'currency', label: t('alerts.price.currency'), type: 'select', value: 'USDT', options: [['USDT', 'USDT'], ['ETH', 'ETH']] }),
        field({ name: 'above', label: t('alerts.price.above'), type: 'number', min: 0, step: 'any' }),
        field({ name: 'below', label: t('alerts.price.below'), type: 'number', min: 0, step: 'any' }),
        el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('alerts.price.add'))));
      onSubmit(form, async (values) => {
        const number = (name) => (values.get(name) === '' ? null : Number(values.get(name)));
        await api.post('/api/v1/price-alerts', { currency: values.get('currency'), above: number('above'), below: number('below') });
        loadAlerts();
      });
      fill(alertsCard, title,
        alerts.length ? alertTable(alerts, loadAlerts) : el('p', { class: 'muted', dataset: { alerts: 'none' } }, t('alerts.price.none')),
        form);
    } catch (error) {
      fill(alertsCard, title, errorState(error));
    }
  }

  async function load() {
    try {
      const market = await api.get('/api/v1/market');
      // "Last good figures" only when there are some: a price that never came is just "no price yet".
      fill(body,
        market.stale && market.price ? el('div', { dataset: { state: 'stale' } }, notice(t('market.stale'), 'warning')) : null,
        market.price ? priceCards(market.price) : el('div', { class: 'empty-state', dataset: { state: 'no-price' } }, t('market.noPrice')),
        infoList(market.info));
    } catch (error) {
      fill(body, errorState(error));
    }
  }

  load();
  loadHistory();
  loadAlerts();
  const timer = setInterval(() => { if (!document.hidden) load(); }, REFRESH_MS);
  return () => {
    clearInterval(timer);
    removeChart();
  };
}

function alertTable(alerts, reload) {
  return el('table', { class: 'compact price-alerts' },
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, t('alerts.price.currency')), el('th', { scope: 'col', class: 'num' }, t('alerts.price.above')),
      el('th', { scope: 'col', class: 'num' }, t('alerts.price.below')), el('th', { scope: 'col' }, t('alerts.price.lastFired')),
      el('th', { scope: 'col' }))),
    el('tbody', {}, alerts.map((alert) => {
      const remove = el('button', { type: 'button', class: 'link danger', dataset: { action: 'delete-alert' } }, t('alerts.price.delete'));
      remove.addEventListener('click', async () => {
        await api.delete(`/api/v1/price-alerts/${alert.id}`);
        reload();
      });
      return el('tr', { dataset: { alert: alert.id } },
        el('td', {}, alert.currency), el('td', { class: 'num' }, number(alert.above)), el('td', { class: 'num' }, number(alert.below)),
        el('td', {}, alert.lastFiredAt ? dateTime(alert.lastFiredAt) : '—'), el('td', {}, remove));
    })));
}

function priceCards(price) {
  return el('section', { class: 'cards', 'aria-label': t('market.price') },
    el('div', { class: 'card stat', dataset: { stat: 'eth' } }, el('span', { class: 'stat-label' }, t('market.eth')),
      el('strong', {}, number(price.eth))),
    el('div', { class: 'card stat', dataset: { stat: 'usdt' } }, el('span', { class: 'stat-label' }, t('market.usdt')),
      el('strong', {}, number(price.usdt))),
    el('div', { class: 'card stat', dataset: { stat: 'age' } }, el('span', { class: 'stat-label' }, t('market.fetchedAt')),
      el('strong', {}, age(price.fetchedAt)), el('small', {}, dateTime(price.fetchedAt))));
}

/** Upstream's market info: one labelled line per key, text only. */
function infoList(info) {
  const entries = Object.entries(info ?? {})
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b));
  if (!entries.length) return null;
  return el('section', { class: 'card' }, el('h2', {}, t('market.info')),
    el('dl', { class: 'facts' }, entries.flatMap(([key, value]) => [
      el('dt', { dataset: { key } }, label(key)),
      el('dd', {}, text(value))])));
}

function order(key) {
  const index = INFO_KEYS.indexOf(key);
  return index < 0 ? INFO_KEYS.length : index;
}

function label(key) {
  const known = `market.info.${key}`;
  const translated = t(known);
  return translated === known ? key.replace(/[_-]+/g, ' ').trim() : translated;
}

function number(value) {
  if (value === null || value === undefined || value === '') return '—';
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed.toLocaleString(locale(), { maximumFractionDigits: 4 }) : String(value);
}

function text(value) {
  if (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))) {
    return number(value);
  }
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value ?? '—');
}
