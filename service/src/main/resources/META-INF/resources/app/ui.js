// Small shared pieces of the pages: headings, notices, badges, states and a confirmation dialog.
import { el } from './dom.js';
import { t } from './i18n.js';

export function pageHeader(title, ...extra) {
  return el('div', { class: 'page-header' }, el('h1', { tabindex: '-1' }, title), ...extra);
}

export function notice(text, kind = 'info') {
  return el('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** What a page shows when its API is not in this build (404) or failed. */
export function errorState(error) {
  if (error.notAvailable) return el('div', { class: 'empty-state', dataset: { state: 'not-available' } }, t('common.notAvailable'));
  return notice(error.message, 'error');
}

export function loading() {
  return el('p', { class: 'loading', role: 'status' }, t('common.loading'));
}

export function badge(text, kind) {
  return el('span', { class: `badge badge-${kind}` }, text);
}

export function statusBadge(status) {
  return badge(t(`status.${status}`), status);
}

/** A modal <dialog> with a confirm and a cancel button; resolves true on confirm. Escape cancels. */
export function confirmDialog({ title, body, confirmText, danger = false }) {
  return new Promise((resolve) => {
    const dialog = el('dialog', { class: 'dialog', 'aria-labelledby': 'dialog-title' },
      el('h2', { id: 'dialog-title' }, title),
      body,
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'secondary', onclick: () => finish(false) }, t('common.cancel')),
        el('button', { type: 'button', class: danger ? 'danger' : 'primary', dataset: { confirm: '' }, onclick: () => finish(true) },
          confirmText)));
    function finish(confirmed) {
      dialog.close();
      dialog.remove();
      resolve(confirmed);
    }
    dialog.addEventListener('cancel', (event) => { event.preventDefault(); finish(false); });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** Asks for an authenticator (or recovery) code in a modal; resolves with it, or null when cancelled. */
export function codeDialog(message) {
  return new Promise((resolve) => {
    const input = el('input', { id: 'otp-code', name: 'code', autocomplete: 'one-time-code', inputmode: 'numeric',
      required: true, maxlength: 32 });
    const form = el('form', { method: 'dialog' },
      el('p', { class: 'hint' }, message || t('security.codeNeeded')),
      el('label', { for: 'otp-code' }, t('security.code')), input,
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'secondary', onclick: () => finish(null) }, t('common.cancel')),
        el('button', { type: 'submit', class: 'primary', dataset: { confirm: '' } }, t('security.confirmCode'))));
    const dialog = el('dialog', { class: 'dialog', 'aria-labelledby': 'otp-title', dataset: { dialog: 'otp' } },
      el('h2', { id: 'otp-title' }, t('security.codeTitle')), form);
    form.addEventListener('submit', (event) => { event.preventDefault(); finish(input.value.trim() || null); });
    function finish(code) {
      dialog.close();
      dialog.remove();
      resolve(code);
    }
    dialog.addEventListener('cancel', (event) => { event.preventDefault(); finish(null); });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}
