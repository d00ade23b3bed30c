import { api } from '../api.js';
import { el } from '../dom.js';
import { field, formMessage, onSubmit, showError } from '../forms.js';
import { t } from '../i18n.js';
import { dateTime } from '../format.js';
import { signIn } from '../session.js';
import { pageHeader } from '../ui.js';

export function render(container, { navigate }) {
  const form = el('form', { class: 'card narrow', novalidate: true, 'aria-labelledby': 'signin-title' },
    formMessage(),
    field({ name: 'username', label: t('auth.username'), autocomplete: 'username', required: true, hint: t('auth.usernameHint') }),
    field({ name: 'password', label: t('auth.password'), type: 'password', autocomplete: 'current-password', required: true }),
    // shown once the service says this user has two-factor sign-in on
    el('div', { class: 'otp-field', hidden: true },
      field({ name: 'code', label: t('security.code'), autocomplete: 'one-time-code', inputmode: 'numeric', maxlength: 32,
        hint: t('security.codeHint') })),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('auth.signin'))),
    el('p', { class: 'links' },
      el('a', { href: '#/register' }, t('auth.toRegister')), ' · ',
      el('a', { href: '#/reset' }, t('auth.toReset'))));
  onSubmit(form, async (values) => {
    try {
      const credentials = { username: values.get('username').trim(), password: values.get('password') };
      const code = (values.get('code') ?? '').trim();
      if (code) credentials.code = code;
      const signedIn = await api.post('/api/v1/auth/login', credentials);
      signIn(signedIn.token);
      navigate('/fleet');
    } catch (error) {
      // 423: say until when, the contract puts it in data.lockedUntil
      if (error.code === 'TWO_FACTOR_REQUIRED') {
        const codeField = form.querySelector('.otp-field');
        codeField.hidden = false;
        showError(form, error);
        codeField.querySelector('input').focus();
        return;
      }
      if (error.code === 'LOCKED' && error.data?.lockedUntil) {
        error.message = `${error.message} (${t('auth.lockedUntil', { until: dateTime(error.data.lockedUntil) })})`;
      }
      showError(form, error);
    }
  });
  container.append(pageHeader(t('auth.signinTitle')), form);
  container.querySelector('h1').id = 'signin-title';
}
