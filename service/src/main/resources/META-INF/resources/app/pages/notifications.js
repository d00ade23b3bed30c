import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { field, formMessage, onSubmit, showOk, whileBusy } from '../forms.js';
import { t } from '../i18n.js';
import { dateTimeWithAge } from '../format.js';
import { badge, confirmDialog, errorState, loading, notice, pageHeader } from '../ui.js';

const PATH = '/api/v1/notification-channels';
const LOG_PATH = '/api/v1/notifications?limit=50';
const STATUS_KIND = { SENT: 'online', PENDING: 'exception', FAILED: 'offline', SUPPRESSED: 'offline' };
const EVENTS = ['OFFLINE', 'EXCEPTION', 'RECOVERED', 'AUTH_FAILED', 'WITHDRAWAL', 'PRICE', 'REPORT', 'SECURITY'];

// Each provider's form fields, and how they make the channel URL (API.md, "Notification channels").
const PROVIDERS = {
  mailto: { fields: [['address', 'email']], url: (v) => `mailto://${v.address}` },
  schan: { fields: [['sendKey']], url: (v) => `schan://${v.sendKey}` },
  pushplus: { fields: [['token']], url: (v) => `pushplus://${v.token}` },
  wecombot: { fields: [['key']], url: (v) => `wecombot://${v.key}` },
  dingtalk: { fields: [['accessToken'], ['secret', 'password', true]], url: (v) => `dingtalk://${v.accessToken}${v.secret ? `/${v.secret}` : ''}` },
  feishu: { fields: [['hookToken'], ['secret', 'password', true]], url: (v) => `feishu://${v.hookToken}${v.secret ? `/${v.secret}` : ''}` },
  tgram: { fields: [['botToken'], ['chatId']], url: (v) => `tgram://${v.botToken}/${v.chatId}` },
  bark: { fields: [['deviceKey']], url: (v) => `bark://${v.deviceKey}` },
  webhook: { fields: [['webhookUrl', 'url']], url: (v) => v.webhookUrl.replace(/^https:\/\//i, 'jsons://').replace(/^http:\/\//i, 'json://') },
};

export function render(container) {
  const list = el('section', { class: 'stack', 'aria-label': t('notify.list') }, loading());
  const log = el('section', { class: 'card', 'aria-labelledby': 'delivery-log-title', dataset: { deliveryLog: '' } }, loading());
  const providerFields = el('div', { class: 'grid-3', dataset: { providerFields: '' } });
  const provider = field({ name: 'provider', label: t('notify.provider'), type: 'select', value: 'schan',
    options: Object.keys(PROVIDERS).map((name) => [name, t(`notify.provider.${name}`)]) });
  const events = el('fieldset', { class: 'events' }, el('legend', {}, t('notify.events')),
    EVENTS.map((event) => field({ name: 'events', value: true, type: 'checkbox', label: t(`notify.event.${event}`), dataset: { event } })));
  const secretSlot = el('div', { dataset: { secret: '' } });
  const addForm = el('form', { class: 'card', novalidate: true, dataset: { form: 'add-channel' } },
    el('h2', {}, t('notify.add')),
    formMessage(),
    el('div', { class: 'grid-3' }, field({ name: 'name', label: t('notify.name'), required: true, maxlength: 64 }), provider),
    providerFields,
    events,
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('notify.addButton'))),
    secretSlot);
  const select = provider.querySelector('select');
  select.addEventListener('change', showProviderFields);
  showProviderFields();

  onSubmit(addForm, async (values) => {
    const chosen = PROVIDERS[values.get('provider')];
    const parts = Object.fromEntries(chosen.fields.map(([name]) => [name, String(values.get(name) ?? '').trim()]));
    const checked = [...events.querySelectorAll('input[type=checkbox]')].filter((box) => box.checked).map((box) => box.dataset.event);
    const body = { name: values.get('name').trim(), url: chosen.url(parts), enabled: true };
    if (checked.length !== EVENTS.length) body.events = checked;
    const channel = await api.post(PATH, body);
    addForm.reset();
    // reset() restores the boxes' default state, which is unchecked: every event is chosen again.
    events.querySelectorAll('input[type=checkbox]').forEach((box) => { box.checked = true; });
    showProviderFields();
    showOk(addForm, t('notify.added', { name: channel.name }));
    fill(secretSlot, channel.secret
      ? notice(el('span', {}, t('notify.secretOnce'), ' ', el('code', { dataset: { webhookSecret: '' } }, channel.secret)), 'info')
      : null);
    load();
  });
  container.append(pageHeader(t('nav.notifications')), addForm, list, log);

  function showProviderFields() {
    const chosen = PROVIDERS[select.value];
    fill(providerFields, chosen.fields.map(([name, type = 'text', optional = false]) => field({
      name, type, label: t(`notify.field.${name}`) + (optional ? ` ${t('notify.optional')}` : ''),
      required: !optional, autocomplete: 'off', hint: hintFor(select.value, name),
    })));
  }

  function hintFor(providerName, fieldName) {
    const key = `notify.hint.${providerName}.${fieldName}`;
    const hint = t(key);
    return hint === key ? undefined : hint;
  }

  async function load() {
    try {
      const channels = await api.get(PATH);
      fill(list, channels.length ? channels.map(channelCard) : el('div', { class: 'empty-state' }, t('notify.empty')));
      loadLog(channels);
    } catch (error) {
      fill(list, errorState(error));
    }
  }

  // The outbox's deliveries of alerts to the channels, newest first (channel tests are not in it).
  async function loadLog(channels) {
    const heading = el('h2', { id: 'delivery-log-title' }, t('notify.log'));
    const names = new Map(channels.map((channel) => [channel.id, channel.name]));
    try {
      const deliveries = await api.get(LOG_PATH);
      fill(log, heading, deliveries.length ? el('table', { class: 'compact responsive deliveries' },
        el('thead', {}, el('tr', {}, ['notify.log.at', 'notify.log.channel', 'notify.log.subject', 'notify.log.status', 'notify.log.attempts']
          .map((key) => el('th', { scope: 'col' }, t(key))))),
        el('tbody', {}, deliveries.map((delivery) => el('tr', { dataset: { delivery: delivery.id, status: delivery.status } },
          el('td', { 'data-label': t('notify.log.at') }, dateTimeWithAge(delivery.at)),
          el('td', { 'data-label': t('notify.log.channel') }, names.get(delivery.channelId)
            ?? (delivery.channelId === 'app' ? t('notify.log.app') : t('notify.log.removed'))),
          el('td', { 'data-label': t('notify.log.subject') }, delivery.subject ?? '—'),
          el('td', { 'data-label': t('notify.log.status') }, badge(t(`notify.delivery.${delivery.status}`), STATUS_KIND[delivery.status] ?? 'offline'),
            delivery.error ? el('span', { class: 'muted' }, ` ${delivery.error}`) : null),
          el('td', { 'data-label': t('notify.log.attempts') }, String(delivery.attempts))))))
        : el('p', { class: 'muted', dataset: { emptyLog: '' } }, t('notify.log.empty')));
    } catch (error) {
      fill(log, heading, errorState(error));
    }
  }

  function channelCard(channel) {
    const result = el('div', { dataset: { testResult: '' }, 'aria-live': 'polite' });
    const testButton = el('button', { type: 'button', class: 'secondary', dataset: { action: 'test' }, onclick: () => whileBusy(testButton, async () => {
      fill(result);
      try {
        await api.post(`${PATH}/${encodeURIComponent(channel.id)}/test`);
        fill(result, notice(t('notify.testDelivered'), 'ok'));
      } catch (error) {
        fill(result, notice(error.message, 'error'));
      }
      refreshDelivery();
    }) }, t('notify.test'));
    const toggle = el('button', { type: 'button', class: 'secondary', dataset: { action: 'toggle' }, onclick: () => whileBusy(toggle, async () => {
      try {
        await api.patch(`${PATH}/${encodeURIComponent(channel.id)}`, { enabled: !channel.enabled });
        load();
      } catch (error) {
        fill(result, notice(error.message, 'error'));
      }
    }) }, channel.enabled ? t('notify.disable') : t('notify.enable'));
    const remove = el('button', { type: 'button', class: 'danger', dataset: { action: 'delete' }, onclick: async () => {
      const confirmed = await confirmDialog({
        title: t('notify.deleteTitle'),
        body: el('p', {}, t('notify.deleteBody', { name: channel.name })),
        confirmText: t('notify.delete'),
        danger: true,
      });
      if (!confirmed) return remove.focus();
      try {
        await api.delete(`${PATH}/${encodeURIComponent(channel.id)}`);
        load();
      } catch (error) {
        fill(result, notice(error.message, 'error'));
      }
    } }, t('notify.delete'));
    const delivery = el('dd', { dataset: { lastDelivery: '' } }, lastDelivery(channel.lastDelivery));

    async function refreshDelivery() {
      const channels = await api.get(PATH).catch(() => []);
      const fresh = channels.find((candidate) => candidate.id === channel.id);
      if (fresh) fill(delivery, lastDelivery(fresh.lastDelivery));
    }

    return el('article', { class: 'card channel', dataset: { channel: channel.id, type: channel.type } },
      el('h2', {}, channel.name, ' ', el('small', { class: 'muted' }, t(`notify.type.${channel.type}`))),
      el('p', {}, badge(channel.enabled ? t('notify.enabled') : t('notify.disabled'), channel.enabled ? 'online' : 'offline')),
      el('dl', { class: 'facts' },
        el('dt', {}, t('notify.target')), el('dd', {}, el('code', { dataset: { target: '' } }, channel.target)),
        el('dt', {}, t('notify.events')), el('dd', {}, channel.events.map((event) => t(`notify.event.${event}`)).join(', ')),
        el('dt', {}, t('notify.lastDelivery')), delivery),
      el('div', { class: 'actions' }, testButton, toggle, remove),
      result);
  }

  function lastDelivery(last) {
    if (!last) return t('common.never');
    return [badge(t(`notify.delivery.${last.status}`), last.status === 'SENT' ? 'online' : 'offline'), ' ',
      dateTimeWithAge(last.at), last.error ? el('span', { class: 'muted' }, ` ${last.error}`) : null];
  }

  load();
}
