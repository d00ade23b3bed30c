import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { field, formMessage, onSubmit, showOk } from '../forms.js';
import { t } from '../i18n.js';
import { dateTimeWithAge } from '../format.js';
import { badge, confirmDialog, errorState, loading, notice, pageHeader } from '../ui.js';
import { accountGroupForm, groupsCard } from './groups.js';

const STATUS_KIND = { OK: 'online', AUTH_FAILED: 'offline', UPSTREAM_ERROR: 'exception' };

export function render(container) {
  const list = el('section', { class: 'stack', 'aria-label': t('accounts.list') }, loading());
  const bindForm = el('form', { class: 'card', novalidate: true, dataset: { form: 'bind' } },
    el('h2', {}, t('accounts.bind')),
    formMessage(),
    el('div', { class: 'grid-3' },
      field({ name: 'username', label: t('accounts.onethingLogin'), autocomplete: 'off', required: true, hint: t('accounts.loginHint') }),
      field({ name: 'password', label: t('accounts.onethingPassword'), type: 'password', autocomplete: 'new-password', required: true }),
      field({ name: 'name', label: t('accounts.nameOptional'), maxlength: 64 })),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('accounts.bindButton'))));
  onSubmit(bindForm, async (values) => {
    const body = { username: values.get('username').trim(), password: values.get('password') };
    if (values.get('name').trim()) body.name = values.get('name').trim();
    const account = await api.post('/api/v1/accounts', body);
    bindForm.reset();
    showOk(bindForm, t('accounts.bound', { name: account.name || account.username }));
    load();
  });
  let groups = [];
  const groupsSection = groupsCard((current) => { groups = current; load(); });
  container.append(pageHeader(t('nav.accounts'), el('a', { href: '#/imports' }, t('accounts.bulkImport'))), bindForm, groupsSection.card, list);

  async function load() {
    try {
      const accounts = await api.get('/api/v1/accounts');
      fill(list, accounts.length ? accounts.map(accountCard) : el('div', { class: 'empty-state' }, t('accounts.empty')));
    } catch (error) {
      fill(list, errorState(error));
    }
  }

  function accountCard(account) {
    const title = account.name || account.username;
    const status = el('p', {}, badge(t(`accountStatus.${account.status}`), STATUS_KIND[account.status] ?? 'offline'),
      account.statusMessage ? el('span', { class: 'muted' }, ` ${account.statusMessage}`) : null);
    const renameForm = changeForm(account, 'name', {
      name: 'name', label: t('accounts.newName'), value: account.name ?? '', maxlength: 64, required: true,
    }, t('accounts.rename'));
    const passwordForm = changeForm(account, 'password', {
      name: 'password', label: t('accounts.newPassword'), type: 'password', autocomplete: 'new-password', required: true,
    }, t('accounts.replacePassword'));
    const unbind = el('button', { type: 'button', class: 'danger', dataset: { action: 'unbind' }, onclick: async () => {
      const confirmed = await confirmDialog({
        title: t('accounts.unbindTitle'),
        body: el('p', {}, t('accounts.unbindBody', { name: title })),
        confirmText: t('accounts.unbind'),
        danger: true,
      });
      if (!confirmed) return unbind.focus();
      try {
        await api.delete(`/api/v1/accounts/${encodeURIComponent(account.id)}`);
        load();
      } catch (error) {
        unbind.after(notice(error.message, 'error'));
      }
    } }, t('accounts.unbind'));
    return el('article', { class: 'card account', dataset: { account: account.id, username: account.username } },
      el('h2', {}, title, ' ', el('small', { class: 'muted' }, `${account.username} · ${t(`loginType.${account.loginType}`)}`)),
      status,
      el('dl', { class: 'facts' },
        el('dt', {}, t('accounts.lastPoll')), el('dd', {}, dateTimeWithAge(account.lastPolledAt)),
        el('dt', {}, t('accounts.nextPoll')), el('dd', {}, dateTimeWithAge(account.nextPollAt)),
        el('dt', {}, t('groups.group')), el('dd', { dataset: { groupName: '' } }, groups.find((g) => g.id === account.groupId)?.name ?? t('groups.noGroup'))),
      el('details', {}, el('summary', {}, t('groups.move')), accountGroupForm(account, groups, () => groupsSection.load())),
      el('details', {}, el('summary', {}, t('accounts.rename')), renameForm),
      el('details', {}, el('summary', {}, t('accounts.replacePassword')), passwordForm),
      el('div', { class: 'actions' }, unbind));
  }

  function changeForm(account, property, fieldSpec, buttonText) {
    const form = el('form', { class: 'inline-form', novalidate: true, dataset: { form: property } },
      formMessage(), field(fieldSpec), el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, buttonText)));
    onSubmit(form, async (values) => {
      await api.patch(`/api/v1/accounts/${encodeURIComponent(account.id)}`, { [property]: values.get(property) });
      showOk(form, t('common.saved'));
      if (property === 'name') load();
    });
    return form;
  }

  groupsSection.load(); // loads the accounts once the groups are known
}
