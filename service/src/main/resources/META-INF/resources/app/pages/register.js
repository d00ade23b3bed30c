import { api, ApiError } from '../api.js';
import { el } from '../dom.js';
import { field, formMessage, onSubmit } from '../forms.js';
import { t } from '../i18n.js';
import { signIn } from '../session.js';
import { pageHeader } from '../ui.js';

export function render(container, { navigate }) {
  const form = el('form', { class: 'card narrow', novalidate: true },
    formMessage(),
    field({ name: 'username', label: t('auth.username'), autocomplete: 'username', required: true, hint: t('auth.usernameHint') }),
    field({ name: 'password', label: t('auth.password'), type: 'password', autocomplete: 'new-password', required: true,
      minlength: 8, maxlength: 64, hint: t('auth.passwordHint') }),
    field({ name: 'confirm', label: t('auth.passwordAgain'), type: 'password', autocomplete: 'new-password', required: true }),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('auth.register'))),
    el('p', { class: 'links' }, el('a', { href: '#/signin' }, t('auth.toSignin'))));
  onSubmit(form, async (values) => {
    if (values.get('password') !== values.get('confirm')) {
      throw new ApiError(400, { message: t('auth.passwordsDiffer'), details: [{ field: 'confirm', message: t('auth.passwordsDiffer') }] });
    }
    const registered = await api.post('/api/v1/auth/register', { username: values.get('username').trim(), password: values.get('password') });
    signIn(registered.token);
    navigate('/fleet');
  });
  container.append(pageHeader(t('auth.registerTitle')), form);
}
