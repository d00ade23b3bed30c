import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { whileBusy } from '../forms.js';
import { t } from '../i18n.js';
import { notice } from '../ui.js';

// Each editor loads the page the app sees and replaces it whole with PUT.
const EDITORS = [
  { name: 'discovery', readPath: '/api/v1/discovery', writePath: '/api/v1/admin/discovery', shapeError: discoveryShapeError },
  { name: 'mine', readPath: '/api/v1/mine', writePath: '/api/v1/admin/mine', shapeError: mineShapeError },
];

export function render(body) {
  EDITORS.forEach((editor) => body.append(editorCard(editor)));
}

function editorCard({ name, readPath, writePath, shapeError }) {
  const id = `editor-${name}`;
  const textarea = el('textarea', { id, name, class: 'json-editor', rows: 18, spellcheck: 'false', 'aria-describedby': `${id}-errors` });
  const errors = el('div', { id: `${id}-errors`, class: 'editor-errors', 'aria-live': 'polite' });
  const save = el('button', { type: 'button', class: 'primary', dataset: { action: 'save' } }, t('common.save'));
  const reload = el('button', { type: 'button', class: 'secondary', dataset: { action: 'reload' } }, t('admin.reload'));
  const format = el('button', { type: 'button', class: 'secondary', dataset: { action: 'format' } }, t('admin.format'));

  function showErrors(message, details = []) {
    textarea.setAttribute('aria-invalid', 'true');
    fill(errors, notice(message, 'error'),
      details.length ? el('ul', { class: 'field-errors' }, details.map((detail) =>
        el('li', { dataset: { field: detail.field } }, el('code', {}, detail.field), ': ', detail.message))) : null);
  }

  function parsed() {
    try {
      const value = JSON.parse(textarea.value);
      const problem = shapeError(value);
      if (problem) showErrors(problem);
      return problem ? undefined : value;
    } catch (syntax) {
      showErrors(t('admin.jsonInvalid', { reason: syntax.message }));
      return undefined;
    }
  }

  // The section says when the stored page has arrived, so nobody types into a textarea about to be replaced.
  async function load() {
    section.dataset.state = 'loading';
    fill(errors);
    textarea.removeAttribute('aria-invalid');
    try {
      textarea.value = JSON.stringify(await api.get(readPath), null, 2);
    } catch (error) {
      if (error.notAvailable) fill(errors, el('div', { class: 'empty-state', dataset: { state: 'not-available' } }, t('common.notAvailable')));
      else showErrors(error.message, error.details);
    }
    section.dataset.state = 'ready';
  }

  format.addEventListener('click', () => {
    const value = parsed();
    if (value !== undefined) {
      textarea.value = JSON.stringify(value, null, 2);
      fill(errors);
      textarea.removeAttribute('aria-invalid');
    }
  });
  reload.addEventListener('click', load);
  save.addEventListener('click', () => whileBusy(save, async () => {
    const value = parsed();
    if (value === undefined) return;
    try {
      textarea.value = JSON.stringify(await api.put(writePath, value), null, 2);
      textarea.removeAttribute('aria-invalid');
      fill(errors, notice(t('common.saved'), 'ok'));
    } catch (error) {
      showErrors(error.notAvailable ? t('common.notAvailable') : error.message, error.details);
    }
  }));

  const section = el('section', { class: 'card', dataset: { editor: name } },
    el('h2', {}, el('label', { for: id }, t(`admin.${name}Editor`))),
    el('p', { class: 'hint' }, t(`admin.${name}Hint`)),
    textarea, errors,
    el('div', { class: 'actions' }, format, reload, save));
  load();
  return section;
}

function discoveryShapeError(value) {
  const isObject = value && typeof value === 'object' && !Array.isArray(value);
  if (!isObject || !Array.isArray(value.header) || !Array.isArray(value.items)) return t('admin.discoveryShape');
  return null;
}

function mineShapeError(value) {
  if (!Array.isArray(value) || !value.every(Array.isArray)) return t('admin.mineShape');
  return null;
}
