import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import { dateTime } from '../format.js';
import { errorState, loading } from '../ui.js';

export function render(body) {
  const section = el('section', { class: 'card', 'aria-labelledby': 'suspects-title' }, loading());
  body.append(section);
  load(section);
}

async function load(section) {
  const heading = el('h2', { id: 'suspects-title' }, t('admin.suspects'));
  try {
    const suspects = await api.get('/api/v1/admin/risk/suspects');
    fill(section, heading, suspects.length ? el('table', { class: 'compact responsive suspects' },
      el('thead', {}, el('tr', {}, ['admin.deviceId', 'admin.score', 'admin.reasons', 'admin.ips', 'admin.firstSeen', 'admin.lastSeen', 'admin.actions']
        .map((key) => el('th', { scope: 'col' }, t(key))))),
      el('tbody', {}, suspects.map(suspectRow)))
      : el('p', { class: 'muted' }, t('admin.noSuspects')));
  } catch (error) {
    fill(section, heading, errorState(error));
  }
}

function suspectRow(suspect) {
  return el('tr', { dataset: { device: suspect.deviceID } },
    el('td', { 'data-label': t('admin.deviceId') }, el('code', {}, suspect.deviceID)),
    el('td', { 'data-label': t('admin.score'), class: 'num' }, String(suspect.score)),
    el('td', { 'data-label': t('admin.reasons') }, el('ul', { class: 'reasons' }, (suspect.reasons ?? []).map((reason) =>
      el('li', {}, typeof reason === 'string' ? reason
        : [el('strong', {}, reason.rule ?? ''), reason.points != null ? ` +${reason.points}` : '', reason.detail ? ` — ${reason.detail}` : ''])))),
    el('td', { 'data-label': t('admin.ips') }, (suspect.ips ?? []).join(', ')),
    el('td', { 'data-label': t('admin.firstSeen') }, dateTime(suspect.firstSeen)),
    el('td', { 'data-label': t('admin.lastSeen') }, dateTime(suspect.lastSeen)),
    el('td', { 'data-label': t('admin.actions') },
      el('a', { href: `#/admin/blacklist?device=${encodeURIComponent(suspect.deviceID)}` }, t('admin.blacklistThis'))));
}
