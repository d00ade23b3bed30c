import { api, ApiError } from '../api.js';
import { el, fill } from '../dom.js';
import { field, formMessage, onSubmit, showOk } from '../forms.js';
import { t } from '../i18n.js';
import { dateTime } from '../format.js';
import { rememberProfile } from '../session.js';
import { badge, errorState, loading, pageHeader } from '../ui.js';

const EVENTS = ['OFFLINE', 'EXCEPTION', 'RECOVERED', 'AUTH_FAILED'];
const EVENT_KIND = { OFFLINE: 'offline', EXCEPTION: 'exception', RECOVERED: 'online', AUTH_FAILED: 'offline' };
const TIME_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Tokyo', 'Asia/Singapore', 'Europe/London', 'America/New_York', 'UTC'];

export function render(container) {
  const settings = el('section', { class: 'card', 'aria-labelledby': 'settings-title' }, loading());
  const history = el('section', { class: 'card', 'aria-labelledby': 'alerts-title' }, loading());
  container.append(pageHeader(t('nav.alerts')), settings, history);
  loadSettings(settings);
  loadHistory(history);
}

async function loadSettings(section) {
  try {
    const me = await api.get('/api/v1/me');
    fill(section, el('h2', { id: 'settings-title' }, t('alerts.settings')), settingsForm(me));
  } catch (error) {
    fill(section, el('h2', { id: 'settings-title' }, t('alerts.settings')), errorState(error));
  }
}

function settingsForm(me) {
  const notifications = me.notifications ?? {};
  const quiet = notifications.quietHours;
  const events = new Set(notifications.events ?? EVENTS);
  const zone = quiet?.timeZone ?? 'Asia/Shanghai';
  const zones = TIME_ZONES.includes(zone) ? TIME_ZONES : [zone, ...TIME_ZONES];
  const quietFields = el('div', { class: 'grid-3', dataset: { part: 'quiet-hours' } },
    field({ name: 'notifications.quietHours.start', label: t('alerts.quietStart'), type: 'time', value: quiet?.start ?? '23:00' }),
    field({ name: 'notifications.quietHours.end', label: t('alerts.quietEnd'), type: 'time', value: quiet?.end ?? '07:00' }),
    field({ name: 'notifications.quietHours.timeZone', label: t('alerts.timeZone'), type: 'select', value: zone,
      options: zones.map((z) => [z, z]) }));
  const form = el('form', { novalidate: true, dataset: { form: 'notifications' } },
    formMessage(),
    field({ name: 'notifications.enabled', label: t('alerts.enabled'), type: 'checkbox', value: notifications.enabled }),
    field({ name: 'notifications.email', label: t('alerts.email'), type: 'email', autocomplete: 'email',
      value: notifications.email ?? me.email ?? '', hint: t('alerts.emailHint') }),
    el('fieldset', {}, el('legend', {}, t('alerts.events')),
      EVENTS.map((event) => field({ name: 'notifications.events', label: t(`event.${event}`), type: 'checkbox',
        value: events.has(event), 'data-event': event }))),
    el('fieldset', {}, el('legend', {}, t('alerts.quietHours')),
      field({ name: 'quietEnabled', label: t('alerts.quietEnabled'), type: 'checkbox', value: Boolean(quiet),
        onchange: (event) => { quietFields.hidden = !event.target.checked; } }),
      el('p', { class: 'hint' }, t('alerts.quietHint')),
      quietFields),
    field({ name: 'notifications.dailyReport', label: t('alerts.dailyReport'), type: 'checkbox', value: notifications.dailyReport }),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('common.save'))));
  quietFields.hidden = !quiet;
  onSubmit(form, async (values) => {
    const quietOn = values.get('quietEnabled') !== null;
    const start = values.get('notifications.quietHours.start');
    const end = values.get('notifications.quietHours.end');
    if (quietOn && (!start || !end)) {
      throw new ApiError(400, { message: t('common.checkFields'), details: [
        ...(start ? [] : [{ field: 'notifications.quietHours.start', message: t('common.required') }]),
        ...(end ? [] : [{ field: 'notifications.quietHours.end', message: t('common.required') }])] });
    }
    const email = values.get('notifications.email').trim();
    const change = {
      notifications: {
        email: email || null,
        enabled: values.get('notifications.enabled') !== null,
        events: [...form.querySelectorAll('[name="notifications.events"]')].filter((box) => box.checked).map((box) => box.dataset.event),
        quietHours: quietOn ? { start, end, timeZone: values.get('notifications.quietHours.timeZone') } : { start: '', end: '' },
        dailyReport: values.get('notifications.dailyReport') !== null,
      },
    };
    rememberProfile(await api.patch('/api/v1/me', change));
    showOk(form, t('common.saved'));
  });
  return form;
}

async function loadHistory(section) {
  const heading = el('h2', { id: 'alerts-title' }, t('alerts.history'));
  try {
    const [alerts, accounts] = await Promise.all([api.get('/api/v1/alerts'), api.get('/api/v1/accounts').catch(() => [])]);
    const accountNames = new Map(accounts.map((account) => [account.id, account.name || account.username]));
    const rows = Array.isArray(alerts) ? alerts : (alerts?.items ?? []);
    fill(section, heading, rows.length ? el('table', { class: 'compact responsive alerts' },
      el('thead', {}, el('tr', {}, ['alerts.at', 'alerts.type', 'alerts.account', 'alerts.device', 'alerts.emailed']
        .map((key) => el('th', { scope: 'col' }, t(key))))),
      el('tbody', {}, rows.map((alert) => el('tr', { dataset: { type: alert.type } },
        el('td', { 'data-label': t('alerts.at') }, dateTime(alert.at)),
        el('td', { 'data-label': t('alerts.type') }, badge(t(`event.${alert.type}`), EVENT_KIND[alert.type] ?? 'offline')),
        el('td', { 'data-label': t('alerts.account') }, accountNames.get(alert.accountId) ?? alert.accountId ?? '—'),
        el('td', { 'data-label': t('alerts.device') }, el('code', {}, alert.deviceSn ?? '—')),
        el('td', { 'data-label': t('alerts.emailed') }, alert.emailed ? t('common.yes') : t('common.no'))))))
      : el('p', { class: 'muted' }, t('alerts.none')));
  } catch (error) {
    fill(section, heading, errorState(error));
  }
}
