// Bulk import of OneThing accounts: pasted or uploaded lines, progress polled once a second, per-line results.
import { api, request } from '../api.js';
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import { errorState, notice, pageHeader } from '../ui.js';
import { saveBlob } from './exports.js';

const POLL_MS = 1000;
const FAILED = ['UPSTREAM_AUTH_FAILED', 'UPSTREAM_ERROR', 'INVALID'];
const OUTCOME_KIND = { BOUND: 'online', ALREADY_BOUND: 'online', UPSTREAM_AUTH_FAILED: 'offline', UPSTREAM_ERROR: 'exception', INVALID: 'offline' };

export function render(container) {
  const text = el('textarea', { id: 'import-text', name: 'lines', rows: 8, spellcheck: 'false', autocomplete: 'off',
    placeholder: 'username,password,name,group' });
  const file = el('input', { id: 'import-file', type: 'file', accept: '.csv,.txt,text/csv,text/plain' });
  const message = el('div', { 'aria-live': 'polite' });
  const start = el('button', { type: 'submit', class: 'primary' }, t('imports.start'));
  const progress = el('section', { class: 'card', hidden: true, dataset: { importProgress: '' } });
  const results = el('div', { class: 'table-wrap' });
  const form = el('form', { class: 'card', novalidate: true, dataset: { form: 'import' } },
    el('p', { class: 'hint' }, t('imports.hint')),
    el('div', { class: 'field' }, el('label', { for: 'import-text' }, t('imports.paste')), text),
    el('div', { class: 'field' }, el('label', { for: 'import-file' }, t('imports.file')), file),
    message, el('div', { class: 'actions' }, start));
  container.append(pageHeader(t('nav.imports')), form, progress, results);
  let timer = null;
  let sentLines = [];

  file.addEventListener('change', async () => {
    if (file.files[0]) text.value = await file.files[0].text();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    fill(message);
    // blank lines are dropped here, so the service's line numbers are indexes into what was sent
    sentLines = text.value.split(/\r?\n/).filter((line) => line.trim());
    if (!sentLines.length) return fill(message, notice(t('imports.nothing'), 'error'));
    start.disabled = true;
    try {
      const job = await request('POST', '/api/v1/accounts/imports', {
        rawBody: sentLines.join('\n'), headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
      text.value = '';
      file.value = '';
      show(job);
      poll(job.id);
    } catch (error) {
      start.disabled = false;
      fill(message, notice(error.message, 'error'));
    }
  });

  function poll(id) {
    timer = setTimeout(async () => {
      try {
        const job = await api.get(`/api/v1/accounts/imports/${encodeURIComponent(id)}`);
        show(job);
        if (job.status === 'RUNNING') return poll(id);
        start.disabled = false;
      } catch (error) {
        fill(message, errorState(error));
        start.disabled = false;
      }
    }, POLL_MS);
  }

  function show(job) {
    progress.hidden = false;
    progress.dataset.status = job.status;
    fill(progress,
      el('h2', {}, job.status === 'DONE' ? t('imports.done') : t('imports.running')),
      el('progress', { max: job.total || 1, value: job.done, 'aria-label': t('imports.progress') }),
      el('p', { dataset: { counts: '' } }, t('imports.counts', { done: job.done, total: job.total, bound: job.bound ?? 0,
        failed: job.failed ?? 0, skipped: job.skipped ?? 0 })),
      job.status === 'DONE' ? failedDownload(job) : null);
    const rows = job.results ?? [];
    fill(results, rows.length ? el('table', { class: 'compact', dataset: { importResults: '' } },
      el('thead', {}, el('tr', {}, ['imports.line', 'imports.username', 'imports.outcome', 'imports.message']
        .map((key) => el('th', { scope: 'col' }, t(key))))),
      el('tbody', {}, rows.map((row) => el('tr', { dataset: { line: String(row.line), outcome: row.status } },
        el('td', {}, String(row.line)), el('td', {}, row.username ?? '—'),
        el('td', {}, el('span', { class: `badge badge-${OUTCOME_KIND[row.status] ?? 'offline'}` }, t(`imports.${row.status}`))),
        el('td', {}, row.message ?? ''))))) : null);
  }

  /** The lines that failed, as sent (with their passwords, from this browser's memory only), to fix and import again. */
  function failedDownload(job) {
    const failed = (job.results ?? []).filter((row) => FAILED.includes(row.status)).map((row) => sentLines[row.line - 1])
      .filter((line) => line !== undefined && !/^username\s*,/i.test(line));
    if (!failed.length) return null;
    return el('button', { type: 'button', class: 'secondary', dataset: { action: 'failed-lines' },
      onclick: () => saveBlob(new Blob([`${failed.join('\n')}\n`], { type: 'text/plain;charset=utf-8' }), 'failed-lines.csv') },
    t('imports.downloadFailed', { count: failed.length }));
  }

  return () => clearTimeout(timer);
}
