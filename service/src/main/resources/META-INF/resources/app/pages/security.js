// Security: two-factor sign-in (enrol with the QR code, recovery codes shown once, turn off), sessions, the audit trail.
import { api, request } from '../api.js';
import { el, fill } from '../dom.js';
import { field, formMessage, onSubmit } from '../forms.js';
import { t } from '../i18n.js';
import { dateTime } from '../format.js';
import { confirmDialog, errorState, loading, notice, pageHeader } from '../ui.js';

export function render(container) {
  const twoFactor = el('section', { class: 'card', dataset: { section: 'two-factor' } });
  const sessions = el('section', { class: 'card', dataset: { section: 'sessions' } });
  const audit = el('section', { class: 'card', dataset: { section: 'audit' } });
  container.append(pageHeader(t('nav.security')), twoFactor, sessions, audit);
  showTwoFactor(twoFactor);
  showSessions(sessions);
  showAudit(audit);
}

async function showTwoFactor(section) {
  fill(section, el('h2', {}, t('security.twoFactor')), loading());
  try {
    const status = await api.get('/api/v1/me/2fa');
    fill(section, el('h2', {}, t('security.twoFactor')), status.enabled ? turnOffForm(section) : turnOnButton(section));
  } catch (error) {
    fill(section, el('h2', {}, t('security.twoFactor')), errorState(error));
  }
}

function turnOnButton(section) {
  return el('div', {},
    el('p', {}, t('security.offExplained')),
    el('div', { class: 'actions' }, el('button', { type: 'button', class: 'primary', dataset: { action: 'enrol' },
      onclick: async () => {
        try {
          showEnrolment(section, await api.post('/api/v1/me/2fa'));
        } catch (error) {
          section.append(errorState(error));
        }
      } }, t('security.turnOn'))));
}

function showEnrolment(section, enrolment) {
  const canvas = el('canvas', { class: 'qr', width: 240, height: 240, role: 'img', 'aria-label': t('security.qrLabel') });
  drawPng(canvas, enrolment.qrPng);
  const form = el('form', { class: 'narrow', novalidate: true },
    formMessage(),
    field({ name: 'code', label: t('security.code'), autocomplete: 'one-time-code', inputmode: 'numeric', required: true,
      maxlength: 6 }),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('security.confirmCode'))));
  onSubmit(form, async (values) => {
    const confirmed = await api.post('/api/v1/me/2fa/confirm', { code: values.get('code').trim() });
    showRecoveryCodes(section, confirmed.recoveryCodes);
  });
  fill(section, el('h2', {}, t('security.twoFactor')),
    el('p', {}, t('security.scan')), canvas,
    el('p', {}, t('security.manualSecret'), ' ', el('code', { dataset: { secret: '' } }, enrolment.secret)),
    form);
}

/** The PNG is drawn on a canvas: the dashboard's CSP allows no data: images. */
async function drawPng(canvas, dataUri) {
  const bytes = Uint8Array.from(atob(dataUri.split(',')[1]), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
}

function showRecoveryCodes(section, codes) {
  fill(section, el('h2', {}, t('security.twoFactor')),
    notice(t('security.nowOn'), 'info'),
    el('p', {}, t('security.recoveryExplained')),
    el('ol', { class: 'recovery-codes', dataset: { recoveryCodes: '' } }, codes.map((code) => el('li', {}, el('code', {}, code)))),
    el('div', { class: 'actions' }, el('button', { type: 'button', class: 'primary', dataset: { action: 'codes-saved' },
      onclick: () => {
        showTwoFactor(section);
        const audit = document.querySelector('[data-section="audit"]');
        if (audit) showAudit(audit); // the enrolment is in the trail now
      } }, t('security.codesSaved'))));
}

function turnOffForm(section) {
  const form = el('form', { class: 'narrow', novalidate: true },
    el('p', {}, t('security.onExplained')),
    formMessage(),
    field({ name: 'code', label: t('security.code'), autocomplete: 'one-time-code', required: true, maxlength: 32,
      hint: t('security.codeHint') }),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'danger' }, t('security.turnOff'))));
  onSubmit(form, async (values) => {
    const code = values.get('code').trim();
    // the same code serves the step-up check (X-OTP) and the body
    await request('DELETE', '/api/v1/me/2fa', { body: { code }, headers: { 'X-OTP': code } });
    showTwoFactor(section);
  });
  return form;
}

async function showSessions(section) {
  fill(section, el('h2', {}, t('security.sessions')), loading());
  try {
    const list = await api.get('/api/v1/me/sessions');
    const rows = list.map((session) => el('tr', { dataset: { session: session.id } },
      el('td', {}, session.userAgent || '—', session.current ? el('span', { class: 'badge badge-ok' }, ` ${t('security.thisDevice')}`) : null),
      el('td', {}, session.ip || '—'),
      el('td', {}, dateTime(session.createdAt)),
      el('td', {}, dateTime(session.lastSeenAt)),
      el('td', {}, el('button', { type: 'button', class: 'link', dataset: { action: 'revoke' }, onclick: async () => {
        if (!await confirmDialog({ title: t('security.revoke'), body: el('p', {}, t('security.revokeExplained')),
          confirmText: t('security.revoke'), danger: true })) return;
        await api.delete(`/api/v1/me/sessions/${encodeURIComponent(session.id)}`);
        showSessions(section);
      } }, t('security.revoke')))));
    fill(section, el('h2', {}, t('security.sessions')),
      el('table', {}, el('thead', {}, el('tr', {}, ['device', 'ip', 'createdAt', 'lastSeenAt', 'actions']
        .map((column) => el('th', { scope: 'col' }, t(`security.column.${column}`))))), el('tbody', {}, rows)),
      el('div', { class: 'actions' }, el('button', { type: 'button', class: 'secondary', dataset: { action: 'revoke-others' },
        onclick: async () => {
          await api.delete('/api/v1/me/sessions');
          showSessions(section);
        } }, t('security.revokeOthers'))));
  } catch (error) {
    fill(section, el('h2', {}, t('security.sessions')), errorState(error));
  }
}

async function showAudit(section) {
  fill(section, el('h2', {}, t('security.audit')), loading());
  try {
    const entries = await api.get('/api/v1/me/audit?limit=50');
    fill(section, el('h2', {}, t('security.audit')),
      entries.length === 0 ? el('p', {}, t('security.noAudit')) : el('table', {},
        el('thead', {}, el('tr', {}, ['at', 'action', 'ip', 'device'].map((column) =>
          el('th', { scope: 'col' }, t(`security.column.${column}`))))),
        el('tbody', {}, entries.map((entry) => el('tr', { dataset: { action: entry.action } },
          el('td', {}, dateTime(entry.at)), el('td', {}, t(`security.action.${entry.action}`)),
          el('td', {}, entry.ip || '—'), el('td', {}, entry.userAgent || '—'))))));
  } catch (error) {
    fill(section, el('h2', {}, t('security.audit')), errorState(error));
  }
}
