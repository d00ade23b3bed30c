// One device: its fields, uptimes and an availability bar like a status page (#/fleet/devices/{sn}).
import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import { bytes, coins, dateTime, dateTimeWithAge } from '../format.js';
import { errorState, loading, notice, pageHeader, statusBadge } from '../ui.js';

const DAY_CHOICES = [1, 7, 30, 90];
let days = 7;

export function render(container, sn) {
  const facts = el('section', { class: 'card', 'aria-label': t('device.facts') }, loading());
  const uptimes = el('section', { class: 'cards', 'aria-label': t('device.uptime') });
  const dayButtons = el('div', { class: 'segmented', role: 'group', 'aria-label': t('device.period') });
  const availability = el('section', { class: 'card availability' });
  container.append(pageHeader(sn, el('a', { href: '#/fleet' }, t('device.back'))), facts, uptimes,
    el('h2', {}, t('device.availability')), dayButtons, availability);

  async function loadDevice() {
    try {
      const detail = await api.get(`/api/v1/fleet/devices/${encodeURIComponent(sn)}`);
      fill(facts, el('h2', {}, detail.deviceName || sn, ' ', statusBadge(detail.status)), el('dl', { class: 'facts' },
        fact('fleet.sn', detail.deviceSn), fact('fleet.account', detail.accountName), fact('device.ip', detail.ip),
        fact('device.lanIp', detail.lanIp), fact('device.model', detail.hardwareModel),
        fact('device.system', detail.systemVersion), fact('fleet.exception', detail.exceptionMessage),
        fact('device.connected', dateTime(detail.connectTime)), fact('device.disconnected', dateTime(detail.disconnectTime)),
        fact('fleet.usb', detail.usbCapacityBytes ? `${bytes(detail.usbUsedBytes)} / ${bytes(detail.usbCapacityBytes)}` : t('fleet.noUsb')),
        fact('fleet.yesterday', coins(detail.yesterdayIncome)), fact('fleet.withdrawable', coins(detail.withdrawable)),
        fact('device.updated', dateTimeWithAge(detail.updatedAt))));
      fill(uptimes, [['uptime24h', '24h'], ['uptime7d', '7d'], ['uptime30d', '30d']].map(([key, label]) =>
        el('div', { class: 'card stat', dataset: { stat: key } }, el('span', { class: 'stat-label' }, t('device.uptimeFor', { period: label })),
          el('strong', {}, percent(detail[key])))));
    } catch (error) {
      // a 404 here is an unknown SN (or another user's), not a missing endpoint: show the service's message
      fill(facts, error.status === 404 ? notice(error.message, 'error') : errorState(error));
      fill(uptimes);
    }
  }

  async function loadAvailability() {
    fill(dayButtons, DAY_CHOICES.map((n) => el('button', {
      type: 'button', class: 'secondary', 'aria-pressed': String(n === days), dataset: { days: String(n) },
      onclick: () => { days = n; loadAvailability(); },
    }, t('device.days', { days: n }))));
    try {
      const answer = await api.get(`/api/v1/fleet/devices/${encodeURIComponent(sn)}/availability?days=${days}`);
      fill(availability, el('p', {}, t('device.uptimeOver', { days, uptime: percent(answer.uptime) })), bar(answer),
        el('div', { class: 'bar-ends muted' }, el('span', {}, dateTime(answer.from)), el('span', {}, dateTime(answer.to))));
    } catch (error) {
      fill(availability, error.status === 404 ? notice(error.message, 'error') : errorState(error));
    }
  }

  loadDevice();
  loadAvailability();
}

/** Segments as wide as their share of the window (flex-grow through the CSSOM, which the CSP allows). */
function bar(answer) {
  const span = Math.max(answer.to - answer.from, 1);
  return el('div', { class: 'availability-bar', role: 'img', 'aria-label': t('device.availability') },
    answer.timeline.map((stretch) => {
      const title = `${t(`availability.${stretch.status}`)}: ${dateTime(stretch.from)} – ${dateTime(stretch.to)}`;
      const segment = el('span', { class: `segment segment-${stretch.status}`, title, dataset: { status: stretch.status } });
      segment.style.flexGrow = String((stretch.to - stretch.from) / span);
      return segment;
    }));
}

function fact(labelKey, value) {
  return [el('dt', {}, t(labelKey)), el('dd', {}, value === null || value === undefined || value === '' ? '—' : String(value))];
}

function percent(share) {
  return share === null || share === undefined ? '—' : `${(Number(share) * 100).toFixed(2)} %`;
}
