import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { locale, t } from '../i18n.js';
import { age, dateTime } from '../format.js';
import { errorState, loading, notice, pageHeader } from '../ui.js';

const REFRESH_MS = 60_000;
/** Upstream info keys we know, in the order they are shown; any other key follows with a readable name. */
const INFO_KEYS = ['wkb_price', 'yesterday_avg_wkb', 'online_device', 'total_wkb', 'notice'];

export function render(container) {
  const body = el('div', { class: 'stack market' }, loading());
  container.append(pageHeader(t('nav.market')), body);

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
  const timer = setInterval(() => { if (!document.hidden) load(); }, REFRESH_MS);
  return () => clearInterval(timer);
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
