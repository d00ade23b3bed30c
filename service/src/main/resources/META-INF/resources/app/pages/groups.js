// Account groups on the accounts page: create, rename, delete (a deleted group's accounts stay, without a group).
import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { field, formMessage, onSubmit, showOk } from '../forms.js';
import { t } from '../i18n.js';
import { confirmDialog, errorState, notice } from '../ui.js';

/** The groups card; `onChange(groups)` runs after every load so the account cards can offer the current groups. */
export function groupsCard(onChange) {
  const list = el('ul', { class: 'groups' });
  const createForm = el('form', { class: 'inline-form', novalidate: true, dataset: { form: 'group-create' } },
    formMessage(), field({ name: 'name', label: t('groups.newName'), maxlength: 64, required: true }),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('groups.create'))));
  onSubmit(createForm, async (values) => {
    await api.post('/api/v1/groups', { name: values.get('name').trim() });
    createForm.reset();
    showOk(createForm, t('common.saved'));
    load();
  });
  const card = el('section', { class: 'card', dataset: { section: 'groups' } }, el('h2', {}, t('groups.title')), list, createForm);

  async function load() {
    try {
      const groups = await api.get('/api/v1/groups');
      fill(list, groups.length ? groups.map(groupItem) : el('li', { class: 'muted' }, t('groups.none')));
      onChange(groups);
    } catch (error) {
      fill(list, el('li', {}, errorState(error)));
      onChange([]);
    }
  }

  function groupItem(group) {
    const renameForm = el('form', { class: 'inline-form', novalidate: true, dataset: { form: 'group-rename' } },
      formMessage(), field({ name: 'name', label: t('groups.rename'), value: group.name, maxlength: 64, required: true }),
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('groups.rename'))));
    onSubmit(renameForm, async (values) => {
      await api.patch(`/api/v1/groups/${encodeURIComponent(group.id)}`, { name: values.get('name').trim() });
      load();
    });
    const remove = el('button', { type: 'button', class: 'danger', dataset: { action: 'group-delete' }, onclick: async () => {
      const confirmed = await confirmDialog({ title: t('groups.deleteTitle'), body: el('p', {}, t('groups.deleteBody', { name: group.name })),
        confirmText: t('groups.delete'), danger: true });
      if (!confirmed) return remove.focus();
      try {
        await api.delete(`/api/v1/groups/${encodeURIComponent(group.id)}`);
        load();
      } catch (error) {
        remove.after(notice(error.message, 'error'));
      }
    } }, t('groups.delete'));
    return el('li', { dataset: { group: group.id, name: group.name } },
      el('strong', {}, group.name), ' ', el('span', { class: 'muted' }, t('groups.accounts', { count: group.accountCount ?? 0 })),
      el('details', {}, el('summary', {}, t('groups.rename')), renameForm), remove);
  }

  return { card, load };
}

/** An account's group select; saving PATCHes {groupId} (null leaves the group). */
export function accountGroupForm(account, groups, onSaved) {
  const form = el('form', { class: 'inline-form', novalidate: true, dataset: { form: 'groupId' } },
    formMessage(),
    field({ name: 'groupId', label: t('groups.group'), type: 'select', value: account.groupId ?? '',
      options: [['', t('groups.noGroup')], ...groups.map((g) => [g.id, g.name])] }),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('groups.move'))));
  onSubmit(form, async (values) => {
    await api.patch(`/api/v1/accounts/${encodeURIComponent(account.id)}`, { groupId: values.get('groupId') || null });
    showOk(form, t('common.saved'));
    onSaved();
  });
  return form;
}
