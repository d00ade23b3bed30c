// Labelled form fields and the contract's errors shown where they belong: `message` on top, `details` by their fields.
import { el, uid, clear } from './dom.js';

/** A label + control + an error slot tied to the control with aria-describedby. */
export function field({ name, label, type = 'text', value, required, autocomplete, hint, options, ...attrs }) {
  const id = uid(name.replace(/\W/g, '-'));
  const errorId = `${id}-error`;
  const common = { id, name, required, autocomplete, 'aria-describedby': errorId, ...attrs };
  let control;
  if (type === 'select') {
    control = el('select', common, options.map(([optionValue, text]) =>
      el('option', { value: optionValue, selected: String(optionValue) === String(value) }, text)));
  } else if (type === 'textarea') {
    control = el('textarea', common);
    control.value = value ?? '';
  } else if (type === 'checkbox') {
    return el('div', { class: 'field field-check' },
      el('input', { ...common, type, checked: Boolean(value) }),
      el('label', { for: id }, label),
      el('small', { class: 'field-error', id: errorId, 'aria-live': 'polite' }));
  } else {
    control = el('input', { ...common, type, value: value ?? '' });
  }
  return el('div', { class: 'field' },
    el('label', { for: id }, label),
    control,
    hint ? el('small', { class: 'hint' }, hint) : null,
    el('small', { class: 'field-error', id: errorId, 'aria-live': 'polite' }));
}

/** The banner at the top of a form where the contract's `message` goes. */
export function formMessage() {
  return el('p', { class: 'form-message', role: 'alert', hidden: true });
}

export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((slot) => clear(slot));
  form.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
  const banner = form.querySelector('.form-message');
  if (banner) {
    clear(banner);
    banner.hidden = true;
    banner.classList.remove('ok');
  }
}

/** Shows an ApiError: its message in the banner, each detail next to its field (or in the banner when no field matches). */
export function showError(form, error) {
  clearErrors(form);
  const banner = form.querySelector('.form-message');
  const unmatched = [];
  for (const detail of error.details ?? []) {
    const control = controlFor(form, detail.field);
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      const slot = form.querySelector(`#${CSS.escape(control.getAttribute('aria-describedby'))}`);
      slot.append(slot.textContent ? ` ${detail.message}` : detail.message);
    } else {
      unmatched.push(`${detail.field}: ${detail.message}`);
    }
  }
  if (banner) {
    banner.hidden = false;
    banner.append(error.message);
    if (unmatched.length) banner.append(el('ul', {}, unmatched.map((line) => el('li', {}, line))));
  }
  form.querySelector('[aria-invalid="true"]')?.focus();
}

export function showOk(form, text) {
  clearErrors(form);
  const banner = form.querySelector('.form-message');
  banner.hidden = false;
  banner.classList.add('ok');
  banner.append(text);
}

/** Matches `notifications.email` to a control named that, or `versionCode` / `forceFromCodes[0]` to its base name. */
function controlFor(form, fieldPath) {
  const controls = [...form.querySelectorAll('[name]')];
  return controls.find((control) => control.name === fieldPath)
    ?? controls.find((control) => fieldPath.startsWith(`${control.name}[`) || fieldPath.startsWith(`${control.name}.`))
    ?? controls.find((control) => control.name.endsWith(`.${fieldPath}`) || fieldPath.endsWith(`.${control.name}`));
}

/** Runs `action` with the submit button disabled, so a double click sends once. */
export async function whileBusy(button, action) {
  if (button.disabled) return undefined;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/** form.onsubmit helper: prevents navigation and hands the form's values to `handler`. */
export function onSubmit(form, handler) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    await whileBusy(button, async () => {
      clearErrors(form);
      try {
        await handler(new FormData(form));
      } catch (error) {
        if (error.status === undefined) throw error;
        showError(form, error);
      }
    });
  });
  return form;
}
