import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import { age, dateTime } from '../format.js';
import { errorState, loading, notice, pageHeader } from '../ui.js';

const REFRESH_MS = 60_000;

export function render(container) {
  const body = el('div', { class: 'stack' }, loading());
  container.append(pageHeader(t('nav.market')), body);

  async function load() {
    try {
      const market = await api.get('/api/v1/market');
      fill(body,
        market.stale ? el('div', { dataset: { state: 'stale' } }, notice(t('market.stale'), 'warning')) : null,
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
      el('strong', {}, price.eth == null ? '—' : String(price.eth))),
    el('div', { class: 'card stat', dataset: { stat: 'usdt' } }, el('span', { class: 'stat-label' }, t('market.usdt')),
      el('strong', {}, price.usdt == null ? '—' : String(price.usdt))),
    el('div', { class: 'card stat', dataset: { stat: 'age' } }, el('span', { class: 'stat-label' }, t('market.fetchedAt')),
      el('strong', {}, age(price.fetchedAt)), el('small', {}, dateTime(price.fetchedAt))),
    price.source ? el('p', { class: 'muted source' }, t('market.source', { source: price.source })) : null);
}

/** Upstream's free-form info: shown as text, one line per top-level key. */
function infoList(info) {
  const entries = Object.entries(info ?? {});
  if (!entries.length) return null;
  return el('section', { class: 'card' }, el('h2', {}, t('market.info')),
    el('dl', { class: 'facts' }, entries.flatMap(([key, value]) => [
      el('dt', {}, key),
      el('dd', {}, typeof value === 'object' ? JSON.stringify(value) : String(value))])));
}
