import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { field, formMessage, onSubmit, showOk } from '../forms.js';
import { t } from '../i18n.js';
import { dateTime } from '../format.js';
import { errorState, loading } from '../ui.js';

export function render(body) {
  const list = el('section', { class: 'card', 'aria-labelledby': 'releases-title' }, loading());
  const form = el('form', { class: 'card', novalidate: true, dataset: { form: 'release' } },
    el('h2', {}, t('admin.publish')),
    formMessage(),
    el('div', { class: 'grid-3' },
      field({ name: 'platform', label: t('admin.platform'), type: 'select', value: 'Android', options: [['Android', 'Android'], ['iOS', 'iOS']] }),
      field({ name: 'versionName', label: t('admin.versionName'), required: true, maxlength: 64, placeholder: '1.2.0' }),
      field({ name: 'versionCode', label: t('admin.versionCode'), type: 'number', min: 1, required: true }),
      field({ name: 'url', label: t('admin.url'), type: 'url', required: true, placeholder: 'https://' }),
      field({ name: 'minSupportedCode', label: t('admin.minSupportedCode'), type: 'number', min: 0, value: '0', required: true }),
      field({ name: 'forceFromCodes', label: t('admin.forceFromCodes'), hint: t('admin.forceFromCodesHint'), inputmode: 'numeric' })),
    field({ name: 'notes', label: t('admin.notes'), type: 'textarea', rows: 4, maxlength: 5000 }),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('admin.publishButton'))));
  onSubmit(form, async (values) => {
    const request = {
      platform: values.get('platform'),
      versionName: values.get('versionName').trim(),
      versionCode: integerOrNull(values.get('versionCode')),
      url: values.get('url').trim(),
      notes: values.get('notes'),
      minSupportedCode: integerOrNull(values.get('minSupportedCode')),
      forceFromCodes: values.get('forceFromCodes').split(/[\s,，]+/).filter(Boolean).map(Number),
    };
    const release = await api.post('/api/v1/admin/releases', request);
    form.reset();
    showOk(form, t('admin.published', { version: `${release.platform} ${release.versionName}` }));
    load();
  });
  body.append(form, list);

  async function load() {
    const heading = el('h2', { id: 'releases-title' }, t('admin.releases'));
    try {
      const releases = await api.get('/api/v1/admin/releases');
      fill(list, heading, releases.length ? el('table', { class: 'compact responsive releases' },
        el('thead', {}, el('tr', {}, ['admin.platform', 'admin.versionName', 'admin.versionCode', 'admin.minSupportedCode',
          'admin.forceFromCodes', 'admin.publishedAt', 'admin.notes'].map((key) => el('th', { scope: 'col' }, t(key))))),
        el('tbody', {}, releases.map((release) => el('tr', { dataset: { release: release.id } },
          el('td', { 'data-label': t('admin.platform') }, release.platform),
          el('td', { 'data-label': t('admin.versionName') }, el('a', { href: safeUrl(release.url), rel: 'noopener noreferrer' }, release.versionName)),
          el('td', { 'data-label': t('admin.versionCode'), class: 'num' }, String(release.versionCode)),
          el('td', { 'data-label': t('admin.minSupportedCode'), class: 'num' }, String(release.minSupportedCode)),
          el('td', { 'data-label': t('admin.forceFromCodes') }, (release.forceFromCodes ?? []).join(', ') || '—'),
          el('td', { 'data-label': t('admin.publishedAt') }, dateTime(release.publishedAt)),
          el('td', { 'data-label': t('admin.notes'), class: 'notes' }, release.notes ?? '')))))
        : el('p', { class: 'muted' }, t('admin.noReleases')));
    } catch (error) {
      fill(list, heading, errorState(error));
    }
  }

  load();
}

function integerOrNull(text) {
  return text === '' || text === null ? null : Number(text);
}

/** Only http(s) links become clickable: a stored "javascript:" URL must not run. */
function safeUrl(url) {
  return /^https?:\/\//i.test(url ?? '') ? url : '#';
}
