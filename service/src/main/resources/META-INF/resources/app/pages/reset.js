import { api, ApiError } from '../api.js';
import { el } from '../dom.js';
import { field, formMessage, onSubmit, showOk } from '../forms.js';
import { t } from '../i18n.js';
import { pageHeader } from '../ui.js';

/** Two steps: ask for a code by mail, then set a new password with it. */
export function render(container) {
  const requestForm = el('form', { class: 'card narrow', novalidate: true, dataset: { step: 'request' } },
    el('h2', {}, t('reset.step1')),
    formMessage(),
    field({ name: 'username', label: t('auth.username'), autocomplete: 'username', required: true }),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('reset.sendCode'))));
  const confirmForm = el('form', { class: 'card narrow', novalidate: true, dataset: { step: 'confirm' } },
    el('h2', {}, t('reset.step2')),
    formMessage(),
    field({ name: 'username', label: t('auth.username'), autocomplete: 'username', required: true }),
    field({ name: 'code', label: t('reset.code'), autocomplete: 'one-time-code', inputmode: 'numeric', required: true }),
    field({ name: 'newPassword', label: t('reset.newPassword'), type: 'password', autocomplete: 'new-password', required: true,
      minlength: 8, maxlength: 64, hint: t('auth.passwordHint') }),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('reset.setPassword'))),
    el('p', { class: 'links' }, el('a', { href: '#/signin' }, t('auth.toSignin'))));

  onSubmit(requestForm, async (values) => {
    const username = values.get('username').trim();
    await api.post('/api/v1/auth/password-reset', { username });
    confirmForm.elements.username.value = username;
    showOk(requestForm, t('reset.codeSent'));
    confirmForm.elements.code.focus();
  });
  onSubmit(confirmForm, async (values) => {
    if (!values.get('code').trim()) {
      throw new ApiError(400, { message: t('common.checkFields'), details: [{ field: 'code', message: t('common.required') }] });
    }
    await api.post('/api/v1/auth/password-reset/confirm', {
      username: values.get('username').trim(), code: values.get('code').trim(), newPassword: values.get('newPassword'),
    });
    showOk(confirmForm, t('reset.done'));
  });
  container.append(pageHeader(t('reset.title')), el('div', { class: 'stack' }, requestForm, confirmForm));
}
