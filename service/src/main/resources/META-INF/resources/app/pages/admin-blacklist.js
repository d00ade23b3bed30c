import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { field, formMessage, onSubmit, showOk } from '../forms.js';
import { t } from '../i18n.js';
import { dateTime } from '../format.js';
import { confirmDialog, errorState, loading, notice } from '../ui.js';

export function render(body) {
  const prefilled = new URLSearchParams(location.hash.split('?')[1] ?? '').get('device') ?? '';
  const list = el('section', { class: 'card', 'aria-labelledby': 'blacklist-title' }, loading());
  const form = el('form', { class: 'card', novalidate: true, dataset: { form: 'blacklist' } },
    el('h2', {}, t('admin.blacklistAdd')),
    formMessage(),
    el('div', { class: 'grid-3' },
      field({ name: 'deviceID', label: t('admin.deviceId'), value: prefilled, required: true, maxlength: 128 }),
      field({ name: 'reason', label: t('admin.reason'), maxlength: 500 }),
      field({ name: 'expiresAt', label: t('admin.expiresAt'), type: 'datetime-local', hint: t('admin.expiresHint') })),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('admin.block'))));
  onSubmit(form, async (values) => {
    const request = { deviceID: values.get('deviceID').trim() };
    if (values.get('reason').trim()) request.reason = values.get('reason').trim();
    if (values.get('expiresAt')) request.expiresAt = new Date(values.get('expiresAt')).getTime();
    await api.post('/api/v1/admin/risk/blacklist', request);
    form.reset();
    showOk(form, t('admin.blocked', { device: request.deviceID }));
    load();
  });
  body.append(form, list);

  async function load() {
    const heading = el('h2', { id: 'blacklist-title' }, t('admin.blacklist'));
    try {
      const entries = await api.get('/api/v1/admin/risk/blacklist');
      fill(list, heading, entries.length ? el('table', { class: 'compact responsive blacklist' },
        el('thead', {}, el('tr', {}, ['admin.deviceId', 'admin.reason', 'admin.evidence', 'admin.createdAt', 'admin.expiresAt', 'admin.actions']
          .map((key) => el('th', { scope: 'col' }, t(key))))),
        el('tbody', {}, entries.map(entryRow)))
        : el('p', { class: 'muted' }, t('admin.blacklistEmpty')));
    } catch (error) {
      fill(list, heading, errorState(error));
    }
  }

  function entryRow(entry) {
    const remove = el('button', { type: 'button', class: 'danger', dataset: { action: 'unblock' }, onclick: async () => {
      const confirmed = await confirmDialog({
        title: t('admin.unblockTitle'),
        body: el('p', {}, t('admin.unblockBody', { device: entry.deviceID })),
        confirmText: t('admin.unblock'),
        danger: true,
      });
      if (!confirmed) return remove.focus();
      try {
        await api.delete(`/api/v1/admin/risk/blacklist/${encodeURIComponent(entry.deviceID)}`);
        load();
      } catch (error) {
        remove.after(notice(error.message, 'error'));
      }
    } }, t('admin.unblock'));
    return el('tr', { dataset: { device: entry.deviceID } },
      el('td', { 'data-label': t('admin.deviceId') }, el('code', {}, entry.deviceID)),
      el('td', { 'data-label': t('admin.reason') }, [entry.rule, entry.reason].filter(Boolean).join(' — ')),
      el('td', { 'data-label': t('admin.evidence') }, entry.evidence && Object.keys(entry.evidence).length
        ? el('code', { class: 'evidence' }, JSON.stringify(entry.evidence)) : '—'),
      el('td', { 'data-label': t('admin.createdAt') }, dateTime(entry.createdAt)),
      el('td', { 'data-label': t('admin.expiresAt') }, dateTime(entry.expiresAt)),
      el('td', { 'data-label': t('admin.actions') }, remove));
  }

  load();
}
