import { api, ApiError } from '../api.js';
import { el, fill } from '../dom.js';
import { field, formMessage, onSubmit, showOk } from '../forms.js';
import { t } from '../i18n.js';
import { dateTime } from '../format.js';
import { rememberProfile } from '../session.js';
import { badge, errorState, loading, pageHeader } from '../ui.js';

const EVENTS = ['OFFLINE', 'EXCEPTION', 'RECOVERED', 'AUTH_FAILED'];
const EVENT_KIND = { OFFLINE: 'offline', EXCEPTION: 'exception', RECOVERED: 'online', AUTH_FAILED: 'offline' };
const SILENCE_HOURS = [1, 4, 12, 24, 72, 168, 336];
const REPEAT_MINUTES = [30, 60, 120, 240, 720, 1440];
const TIME_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Tokyo', 'Asia/Singapore', 'Europe/London', 'America/New_York', 'UTC'];

/** Periodic reports (event REPORT) through the user's channels. */
const REPORT_KINDS = ['daily', 'weekly', 'monthly'];

export function render(container) {
  const settings = el('section', { class: 'card', 'aria-labelledby': 'settings-title' }, loading());
  const silences = el('section', { class: 'card', 'aria-labelledby': 'silences-title', dataset: { part: 'silences' } }, loading());
  const history = el('section', { class: 'card', 'aria-labelledby': 'alerts-title' }, loading());
  container.append(pageHeader(t('nav.alerts')), settings, silences, history);
  loadSettings(settings);
  loadSilences(silences);
  loadHistory(history);
}

async function loadSilences(section) {
  const heading = el('h2', { id: 'silences-title' }, t('silences.title'));
  try {
    const active = await api.get('/api/v1/silences');
    fill(section, heading, el('p', { class: 'hint' }, t('silences.hint')), silenceForm(section),
      active.length ? el('table', { class: 'compact responsive silences' },
        el('thead', {}, el('tr', {}, ['silences.scope', 'silences.until', 'silences.reason', 'silences.actions']
          .map((key) => el('th', { scope: 'col' }, t(key))))),
        el('tbody', {}, active.map((silence) => el('tr', { dataset: { silence: silence.id } },
          el('td', { 'data-label': t('silences.scope') }, scopeText(silence)),
          el('td', { 'data-label': t('silences.until') }, dateTime(silence.until)),
          el('td', { 'data-label': t('silences.reason') }, silence.reason ?? '—'),
          el('td', { 'data-label': t('silences.actions') }, el('button', { type: 'button', class: 'secondary',
            onclick: async () => { await api.delete(`/api/v1/silences/${silence.id}`); loadSilences(section); } },
          t('silences.end')))))))
        : el('p', { class: 'muted' }, t('silences.none')));
  } catch (error) {
    fill(section, heading, errorState(error));
  }
}

function scopeText(silence) {
  if (silence.deviceSn) return `${t('silences.device')} ${silence.deviceSn}`;
  if (silence.accountId) return `${t('silences.account')} ${silence.accountId}`;
  if (silence.groupId) return `${t('silences.group')} ${silence.groupId}`;
  return t('silences.everything');
}

function silenceForm(section) {
  const form = el('form', { novalidate: true, dataset: { form: 'silence' } },
    formMessage(),
    el('div', { class: 'grid-3' },
      field({ name: 'deviceSn', label: t('silences.deviceSn'), hint: t('silences.deviceSnHint') }),
      field({ name: 'hours', label: t('silences.duration'), type: 'select', value: 4,
        options: SILENCE_HOURS.map((hours) => [hours, t('silences.hours', { hours })]) }),
      field({ name: 'reason', label: t('silences.reason') })),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('silences.create'))));
  onSubmit(form, async (values) => {
    const deviceSn = values.get('deviceSn').trim();
    const reason = values.get('reason').trim();
    await api.post('/api/v1/silences', {
      until: Date.now() + Number(values.get('hours')) * 3_600_000,
      ...(deviceSn ? { deviceSn } : {}),
      ...(reason ? { reason } : {}),
    });
    loadSilences(section);
  });
  return form;
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
    el('fieldset', { dataset: { fieldset: 'reports' } }, el('legend', {}, t('reports.title')),
      REPORT_KINDS.map((kind) => field({ name: `notifications.reports.${kind}`, label: t(`reports.${kind}`), type: 'checkbox',
        value: notifications.reports?.[kind] }))),
    field({ name: 'notifications.repeatEveryMinutes', label: t('alerts.repeat'), type: 'select',
      value: notifications.repeatEveryMinutes ?? '',
      options: [['', t('alerts.repeatOff')], ...REPEAT_MINUTES.map((minutes) => [minutes, t('alerts.repeatEvery', { minutes })])] }),
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
        reports: Object.fromEntries(REPORT_KINDS.map((kind) => [kind, values.get(`notifications.reports.${kind}`) !== null])),
        repeatEveryMinutes: values.get('notifications.repeatEveryMinutes') ? Number(values.get('notifications.repeatEveryMinutes')) : null,
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
      el('thead', {}, el('tr', {}, ['alerts.at', 'alerts.type', 'alerts.account', 'alerts.device', 'alerts.message', 'alerts.emailed']
        .map((key) => el('th', { scope: 'col' }, t(key))))),
      el('tbody', {}, rows.map((alert) => el('tr', { dataset: { type: alert.type, suppressed: String(Boolean(alert.suppressed)) } },
        el('td', { 'data-label': t('alerts.at') }, dateTime(alert.at)),
        el('td', { 'data-label': t('alerts.type') }, badge(t(`event.${alert.type}`), EVENT_KIND[alert.type] ?? 'offline')),
        el('td', { 'data-label': t('alerts.account') }, accountNames.get(alert.accountId) ?? alert.accountId ?? '—'),
        el('td', { 'data-label': t('alerts.device') }, alert.deviceName ? `${alert.deviceName} ` : '', el('code', {}, alert.deviceSn ?? '—')),
        el('td', { 'data-label': t('alerts.message') }, alert.message ?? '',
          alert.suppressed ? el('span', { class: 'muted' }, ` (${t('alerts.suppressed')})`) : '',
          alert.reminder ? el('span', { class: 'muted' }, ` (${t('alerts.reminder')})`) : ''),
        el('td', { 'data-label': t('alerts.emailed') }, alert.emailed ? t('common.yes') : t('common.no'))))))
      : el('p', { class: 'muted' }, t('alerts.none')));
  } catch (error) {
    fill(section, heading, errorState(error));
  }
}
